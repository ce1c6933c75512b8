package org.southsouth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.southsouth.rest.json.RefusedValue;

/** What a client must fix in a JSON body that could not be read, naming the field whenever there is one. */
public final class JsonProblems {

    private JsonProblems() {}

    public static ApiProblem of(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            String what = e instanceof MismatchedInputException
                    ? "Body has the wrong JSON shape: "
                    : "Body is not valid JSON: ";
            return ApiProblem.badRequest(what + e.getOriginalMessage());
        }
        return ApiProblem.invalidField(MismatchedInputPath.of(mapping), fieldMessage(mapping));
    }

    private static String fieldMessage(JsonMappingException e) {
        if (e instanceof RefusedValue) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field this request accepts (unknown or read-only)";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "has an invalid value " + invalid.getValue();
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong JSON type";
        }
        if (e.getCause() instanceof InputCoercionException) {
            return "is out of range for its type";
        }
        return "has an invalid value";
    }
}
