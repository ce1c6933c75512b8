package org.southsouth.partner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.failure.MalformedInput;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.JsonProblems;

/** Applies a merge patch to the current fields of a resource and returns the validated result. */
@ApplicationScoped
public class Patcher {

    @Inject
    ObjectMapper json;

    @Inject
    InputCheck check;

    public <T> T patch(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new MalformedInput("A merge patch must be a JSON object");
        }
        JsonNode merged = JsonMergePatch.apply(json.valueToTree(current), patch);
        try {
            return check.valid(json.treeToValue(merged, type));
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        }
    }
}
