package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.southsouth.rest.json.StrictJson;

class JsonProblemsTest {

    record Event(String title, int capacity, LocalDate endsOn) {}

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    JsonProblemsTest() {
        new StrictJson().customize(json);
    }

    private Problem problemOf(String body) {
        JsonProcessingException e =
                assertThrows(JsonProcessingException.class, () -> json.readValue(body, Event.class));
        return JsonProblems.of(e).toProblem(null);
    }

    @Test
    void eachRefusalNamesTheFieldAndWhatItMustBe() {
        assertEquals(
                new Problem.FieldError("capacity", "is out of range for its type"),
                problemOf("{\"capacity\":2147483648}").errors().get(0));
        assertEquals(
                new Problem.FieldError("endsOn", AcceptedDates.RULE),
                problemOf("{\"endsOn\":\"+999999999-12-31\"}").errors().get(0));
        assertEquals(
                new Problem.FieldError("id", "is not a field this request accepts (unknown or read-only)"),
                problemOf("{\"id\":\"x\"}").errors().get(0));
        assertEquals(
                "title", problemOf("{\"title\":\"a\\u0000b\"}").errors().get(0).field());
        assertEquals("title", problemOf("{\"title\":12345}").errors().get(0).field());
        assertEquals("capacity", problemOf("{\"capacity\":1.5}").errors().get(0).field());
    }

    @Test
    void aBodyThatIsNotOneJsonDocumentIsA400() {
        assertEquals(400, problemOf("{\"title\":\"a\"} x").status());
        assertEquals(400, problemOf("{\"title\":\"a\"}{\"title\":\"b\"}").status());
    }
}
