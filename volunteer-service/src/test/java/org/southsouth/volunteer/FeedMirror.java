package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A client's copy of what one caller may read of a family, kept only from the family's changes feed. */
final class FeedMirror {

    private final String feed;
    private final String token;
    private final Map<String, Map<String, Object>> records = new HashMap<>();
    private final Map<String, String> tombstones = new HashMap<>();
    private String cursor;

    /** @param collection e.g. "volunteers": the feed is /api/v1/{collection}/changes */
    FeedMirror(String collection, String token) {
        this.feed = "/api/v1/" + collection + "/changes";
        this.token = token;
    }

    /** Reads pages (small ones, to cross page ends) until the feed has nothing more waiting. */
    FeedMirror catchUp() {
        boolean more;
        do {
            RequestSpecification request = given().auth().oauth2(token).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(feed).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                String id = (String) item.get("id");
                if (Boolean.TRUE.equals(item.get("removed"))) {
                    records.remove(id);
                    tombstones.put(id, (String) item.get("reason"));
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> record = (Map<String, Object>) item.get("record");
                    records.put(id, record);
                    tombstones.remove(id);
                }
            }
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        } while (more);
        return this;
    }

    Map<String, Map<String, Object>> records() {
        return records;
    }

    /** The reason of the last tombstone received per record id. */
    Map<String, String> tombstones() {
        return tombstones;
    }

    String cursor() {
        return cursor;
    }

    /** What the caller's list answers, by id: every page of it. */
    static Map<String, Map<String, Object>> list(String collection, String token) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        int page = 0;
        List<Map<String, Object>> items;
        do {
            items = given().auth()
                    .oauth2(token)
                    .queryParam("size", 200)
                    .queryParam("page", page++)
                    .get("/api/v1/" + collection)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            items.forEach(item -> byId.put((String) item.get("id"), item));
        } while (items.size() == 200);
        return byId;
    }
}
