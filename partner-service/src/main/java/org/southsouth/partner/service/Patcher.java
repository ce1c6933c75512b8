package org.southsouth.partner.service;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.ApiProblem;

/** Applies a merge patch to the current fields of a resource and returns the validated result. */
@ApplicationScoped
public class Patcher {

    @Inject
    ObjectMapper json;

    @Inject
    InputCheck check;

    public <T> T patch(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.badRequest("A merge patch must be a JSON object");
        }
        JsonNode merged = JsonMergePatch.apply(json.valueToTree(current), patch);
        try {
            return check.valid(json.treeToValue(merged, type));
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            throw ApiProblem.invalidField(field, e instanceof UnrecognizedPropertyException
                    ? "is not a known field" : "has the wrong JSON type");
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("The patched resource is not valid: " + e.getOriginalMessage());
        }
    }
}
