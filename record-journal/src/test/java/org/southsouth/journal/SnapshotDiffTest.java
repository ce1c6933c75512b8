package org.southsouth.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesEachChangedFieldWithBothValuesAndLeavesOutWhatTheCallerMayNotRead() throws Exception {
        JsonNode before = JSON.readTree("{\"status\":\"ACTIVE\",\"email\":\"a@x.org\",\"skills\":[\"GIS\"],\"x\":1}");
        JsonNode after =
                JSON.readTree("{\"status\":\"ENDED\",\"email\":\"b@x.org\",\"skills\":[\"GIS\",\"law\"],\"x\":1}");

        List<FieldChange> changes = SnapshotDiff.between(before, after, field -> !field.equals("email"));

        assertEquals(
                List.of(
                        new FieldChange("skills", JSON.readTree("[\"GIS\"]"), JSON.readTree("[\"GIS\",\"law\"]")),
                        new FieldChange("status", JSON.readTree("\"ACTIVE\""), JSON.readTree("\"ENDED\""))),
                changes);
    }

    @Test
    void aFirstStateShowsEveryFieldAsAddedAndADeletionEveryFieldAsRemoved() throws Exception {
        JsonNode state = JSON.readTree("{\"name\":\"Ana\",\"acronym\":null}");

        assertEquals(
                List.of(new FieldChange("name", null, JSON.readTree("\"Ana\""))),
                SnapshotDiff.between(null, state, field -> true));
        assertEquals(
                List.of(new FieldChange("name", JSON.readTree("\"Ana\""), null)),
                SnapshotDiff.between(state, null, field -> true));
    }
}
