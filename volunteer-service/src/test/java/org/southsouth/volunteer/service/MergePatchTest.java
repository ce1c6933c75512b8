package org.southsouth.volunteer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The examples of RFC 7396 appendix A that matter for our documents. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void membersReplaceNullRemovesAndObjectsMerge() throws Exception {
        assertEquals(json("{\"a\":\"z\",\"c\":{\"d\":\"e\"}}"),
                MergePatch.apply(json("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}"), json("{\"a\":\"z\",\"c\":{\"f\":null}}")));
        assertEquals(json("{\"a\":[1]}"), MergePatch.apply(json("{\"a\":[{\"b\":\"c\"}]}"), json("{\"a\":[1]}")));
        assertEquals(json("{\"a\":{\"bb\":{}}}"), MergePatch.apply(json("{}"), json("{\"a\":{\"bb\":{\"ccc\":null}}}")));
        assertEquals(json("[\"c\"]"), MergePatch.apply(json("{\"a\":\"foo\"}"), json("[\"c\"]")));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
