package org.southsouth.partner.journal;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What an integrator keeps: records built only from a changes feed, and the cursor to read on from. */
final class FeedMirror {

    private final String path;
    private final String token;
    private final Map<String, Map<String, Object>> records = new HashMap<>();
    private String cursor;

    FeedMirror(String path, String token) {
        this.path = path;
        this.token = token;
    }

    /** Reads the feed until nothing more waits, applying each item; returns the items read. */
    List<Map<String, Object>> sync() {
        List<Map<String, Object>> read = new ArrayList<>();
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(token).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                apply(item);
            }
            read.addAll(items);
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return read;
    }

    @SuppressWarnings("unchecked")
    private void apply(Map<String, Object> item) {
        if (Boolean.TRUE.equals(item.get("removed"))) {
            records.remove((String) item.get("id"));
        } else {
            records.put((String) item.get("id"), (Map<String, Object>) item.get("record"));
        }
    }

    Map<String, Map<String, Object>> records() {
        return records;
    }

    String cursor() {
        return cursor;
    }
}
