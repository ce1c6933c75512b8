package org.southsouth.events.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The examples of RFC 7396, appendix A (a selection). */
class JsonMergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void membersMergeNullRemovesAndArraysReplace() throws Exception {
        assertEquals(json("{\"a\":\"z\",\"c\":{\"d\":\"e\"}}"),
                JsonMergePatch.apply(json("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}"), json("{\"a\":\"z\",\"c\":{\"f\":null}}")));
        assertEquals(json("{\"a\":[1]}"), JsonMergePatch.apply(json("{\"a\":[{\"b\":\"c\"}]}"), json("{\"a\":[1]}")));
        assertEquals(json("{\"b\":\"c\"}"), JsonMergePatch.apply(json("{\"a\":\"b\"}"), json("{\"a\":null,\"b\":\"c\"}")));
        assertEquals(json("{\"a\":{\"bb\":{}}}"), JsonMergePatch.apply(json("{}"), json("{\"a\":{\"bb\":{\"ccc\":null}}}")));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
