package org.southsouth.rest.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;

class BulkItemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBodyThatIsNotABatchOfOneTo500ObjectsIsRefusedNamingItems() throws Exception {
        String tooMany = "{\"items\": [" + String.join(",", Collections.nCopies(501, "{}")) + "]}";
        for (String body : List.of("{}", "[]", "{\"items\": {}}", "{\"items\": []}", tooMany, "{\"items\": [1]}")) {
            ApiProblem refused = assertThrows(ApiProblem.class, () -> BulkItems.of(JSON.readTree(body)), body);
            assertEquals(400, refused.status());
            assertTrue(fields(refused).get(0).startsWith("items"), body);
        }
    }

    @Test
    void aMemberBesideItemsIsRefusedNamingIt() throws Exception {
        ApiProblem refused = assertThrows(
                ApiProblem.class, () -> BulkItems.of(JSON.readTree("{\"items\": [{}], \"dryRun\": true}")));
        assertEquals(List.of("dryRun"), fields(refused));
    }

    @Test
    void theSameExternalIdTwiceRefusesOnlyTheSecondItem() throws Exception {
        BulkItems batch = BulkItems.of(
                batch("{\"externalId\": \"a\"}", "{\"externalId\": \"b\"}", "{\"externalId\": \"a\"}", "{}"));

        assertTrue(batch.externalIdProblem(0).isEmpty());
        assertTrue(batch.externalIdProblem(1).isEmpty());
        assertEquals(List.of("externalId"), fields(batch.externalIdProblem(2).orElseThrow()));
        assertTrue(batch.externalIdProblem(3).isEmpty());
        assertEquals("a", batch.externalId(2));
        assertEquals(Set.of("a", "b"), batch.externalIds());
    }

    @Test
    void anExternalIdIsAStringOf1To200Characters() throws Exception {
        BulkItems batch = BulkItems.of(batch(
                "{\"externalId\": \"\"}",
                "{\"externalId\": 7}",
                "{\"externalId\": \"" + "x".repeat(201) + "\"}",
                "{\"externalId\": \"" + "x".repeat(200) + "\"}"));

        for (int i = 0; i < 3; i++) {
            assertEquals(
                    List.of("externalId"), fields(batch.externalIdProblem(i).orElseThrow()));
        }
        assertTrue(batch.externalIdProblem(3).isEmpty());
    }

    private static JsonNode batch(String... items) throws Exception {
        return JSON.readTree("{\"items\": [" + String.join(",", items) + "]}");
    }

    private static List<String> fields(ApiProblem problem) {
        return problem.toProblem(null).errors().stream()
                .map(Problem.FieldError::field)
                .toList();
    }
}
