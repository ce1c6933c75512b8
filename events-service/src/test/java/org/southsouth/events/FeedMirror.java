package org.southsouth.events;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A client's copy of what a changes feed lets it read, kept only from the feed, as an integrator would keep it. */
public final class FeedMirror {

    private final String path;
    private final String token;
    private final Map<String, Map<String, Object>> records = new LinkedHashMap<>();
    private final Map<String, String> tombstones = new LinkedHashMap<>();
    private String cursor;

    public FeedMirror(String path, String token) {
        this.path = path;
        this.token = token;
    }

    /** Reads every page there is now. */
    public void sync() {
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(token).queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                String id = (String) item.get("id");
                if (Boolean.TRUE.equals(item.get("removed"))) {
                    records.remove(id);
                    tombstones.put(id, (String) item.get("reason"));
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> record = (Map<String, Object>) item.get("record");
                    records.put(id, record);
                }
            }
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
    }

    /** Why the feed told this mirror to drop the record; null if it never did. */
    public String tombstone(String id) {
        return tombstones.get(id);
    }

    public Map<String, Object> get(String id) {
        return records.get(id);
    }

    /** One field of a mirrored record; null when the record is not in the mirror. */
    public Object field(String id, String field) {
        Map<String, Object> record = records.get(id);
        return record == null ? null : record.get(field);
    }

    /** The mirrored records whose {@code field} has {@code value}, in no particular order. */
    public List<Map<String, Object>> where(String field, Object value) {
        return records.values().stream().filter(r -> value.equals(r.get(field))).toList();
    }

    public String cursor() {
        return cursor;
    }
}
