package org.southsouth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.MalformedInput;

/**
 * Request bodies read from JSON and validated as a create body is: a whole document (a batch item), or the
 * document a JSON merge patch makes of a resource's current fields, so a patch can set nothing a create could not
 * (unknown and read-only fields are refused by the body's type) and errors name the same fields.
 */
@ApplicationScoped
public class ValidBodies {

    private final ObjectMapper json;
    private final Validator validator;

    @Inject
    public ValidBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** {@code current} with the merge patch applied, as a valid {@code type}; else 400 naming each bad field. */
    public <T> T patched(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new MalformedInput("A merge patch must be a JSON object");
        }
        return read(JsonMergePatch.apply(json.valueToTree(current), patch), type);
    }

    /** The document as a valid {@code type}; else 400 naming each bad field. */
    public <T> T read(JsonNode document, Class<T> type) {
        T read = bound(document, type);
        Set<ConstraintViolation<T>> violations = validator.validate(read);
        if (!violations.isEmpty()) {
            throw InvalidInput.of(RefusedFields.of(violations));
        }
        return read;
    }

    /** The document as {@code type}, not yet validated; else 400 naming the field that cannot be read. */
    public <T> T bound(JsonNode document, Class<T> type) {
        try {
            return json.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        } catch (IllegalArgumentException e) {
            throw new MalformedInput("The document is not valid: " + e.getMessage());
        }
    }
}
