package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every read operation of the merged document, called as a client that only has the document would: each list, then
 * each item of it and what hangs below, with the data the other system tests left behind (full records, minimal ones,
 * erased volunteers, closed events). Each answer is judged against the document by the contract filter; this test
 * adds that no read operation went uncalled.
 */
@ExtendWith(RunningPlatform.class)
@Order(Integer.MAX_VALUE)
class DocumentTourIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final int ITEMS_PER_LIST = 5;

    private final Set<String> called = new TreeSet<>();
    private JsonNode document;

    @Test
    void everyReadOperationAnswersAsTheDocumentSays() throws Exception {
        document = JSON.readTree(
                given().get("/openapi").then().statusCode(200).extract().asString());
        List<String> reads = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            if (path.getValue().has("get")) {
                reads.add(path.getKey());
            }
        });
        for (String template : reads) {
            if (!template.contains("{")) {
                visit(template, template, reads);
            }
        }
        assertEquals(new TreeSet<>(reads), called, "read operations the tour could not reach");
    }

    /** Calls {@code concrete} (an instance of {@code template}) and, if it is a list, the templates below it. */
    private void visit(String template, String concrete, List<String> reads) throws Exception {
        Response response = given().queryParams(requiredQuery(template)).get(concrete);
        called.add(template);
        JsonNode body = response.statusCode() == 200 && response.contentType().contains("json")
                ? JSON.readTree(response.asString())
                : null;
        for (String below : reads) {
            Matcher parameter = FIRST_PARAMETER.matcher(below);
            if (!below.startsWith(template + "/{") || !parameter.find(template.length())) {
                continue;
            }
            String rest = below.substring(parameter.end());
            // Deeper templates (a second parameter) are reached through the list they belong to.
            if (rest.contains("{")) {
                continue;
            }
            for (String id : ids(body, parameter.group(1))) {
                visit(below, concrete + "/" + id + rest, reads);
            }
        }
    }

    /** Identifiers from a page ({@code items}) or an array: the field named like the parameter, else {@code id}. */
    private static List<String> ids(JsonNode list, String parameter) {
        List<String> ids = new ArrayList<>();
        if (list == null) {
            return ids;
        }
        JsonNode items = list.isArray() ? list : list.path("items");
        for (JsonNode item : items) {
            JsonNode id = item.has(parameter) ? item.get(parameter) : item.path("id");
            if (!id.isMissingNode() && !id.isNull() && ids.size() < ITEMS_PER_LIST) {
                ids.add(id.asText());
            }
        }
        return ids;
    }

    /** Required query parameters filled with the document's own examples. */
    private Map<String, Object> requiredQuery(String template) {
        Map<String, Object> query = new java.util.HashMap<>();
        for (JsonNode parameter :
                document.path("paths").path(template).path("get").path("parameters")) {
            if ("query".equals(parameter.path("in").asText())
                    && parameter.path("required").asBoolean()) {
                JsonNode example = parameter.has("example")
                        ? parameter.get("example")
                        : parameter.path("schema").path("example");
                query.put(parameter.path("name").asText(), example.asText());
            }
        }
        return query;
    }
}
