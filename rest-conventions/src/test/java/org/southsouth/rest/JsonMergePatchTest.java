package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Cases from RFC 7396, appendix A, and the rules the API relies on. */
class JsonMergePatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void membersMergeNullRemovesAndArraysAreReplaced() throws Exception {
        assertPatch("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
        assertPatch("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}");
        assertPatch("{\"a\":\"b\"}", "{\"a\":null}", "{}");
        assertPatch("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}");
        assertPatch("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
        assertPatch("{\"a\":[1,2]}", "{\"a\":[3]}", "{\"a\":[3]}");
        assertPatch("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}");
        assertPatch("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}");
        assertPatch("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}");
        assertPatch("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
    }

    @Test
    void translationsMergeByLanguageTag() throws Exception {
        assertPatch(
                "{\"nameTranslations\":{\"zh\":\"北京\",\"en\":\"Beijing\"}}",
                "{\"nameTranslations\":{\"en\":null,\"fr\":\"Pékin\"}}",
                "{\"nameTranslations\":{\"zh\":\"北京\",\"fr\":\"Pékin\"}}");
    }

    @Test
    void theTargetIsNotModified() throws Exception {
        JsonNode target = json.readTree("{\"a\":{\"b\":1}}");
        JsonMergePatch.apply(target, json.readTree("{\"a\":{\"b\":2}}"));
        assertEquals(json.readTree("{\"a\":{\"b\":1}}"), target);
    }

    private void assertPatch(String target, String patch, String expected) throws Exception {
        assertEquals(json.readTree(expected), JsonMergePatch.apply(json.readTree(target), json.readTree(patch)));
    }
}
