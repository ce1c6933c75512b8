package org.southsouth.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Kind {
        VISIT,
        MISSION
    }

    record Member(String name, List<String> tags) {}

    record Body(
            String name,
            Integer capacity,
            int seats,
            Boolean online,
            Kind kind,
            LocalDate endsOn,
            Instant startsAt,
            LocalDateTime localStart,
            @JsonFormat(pattern = "dd.MM.yyyy") LocalDate signedOn,
            List<Member> members) {}

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Body read(String body) throws JsonProcessingException {
        return json.readValue(body, Body.class);
    }

    @Test
    void wellFormedBodiesAreRead() throws Exception {
        Body body = read("""
                {"name":"Amina \uD83D\uDE00","capacity":30,"seats":2,"online":true,"kind":"VISIT","endsOn":"2025-02-28",
                 "startsAt":"2026-09-01T01:00:00Z","localStart":"2026-09-01T06:45:00","signedOn":"01.03.2024",
                 "members":[{"name":"Li","tags":["a"]}]}""");

        assertEquals("Amina \uD83D\uDE00", body.name());
        assertEquals(LocalDate.of(2024, 3, 1), body.signedOn());
    }

    @Test
    void textNoStoreCanKeepIsRefusedWhereverItIs() {
        for (String body : List.of(
                "{\"name\":\"a\\u0000b\"}",
                "{\"name\":\"a\\ud800b\"}",
                "{\"name\":\"a\\udc00\"}",
                "{\"members\":[{\"name\":\"a\\u0000\"}]}",
                "{\"members\":[{\"tags\":[\"x\",\"\\ud800\"]}]}")) {
            RefusedValue refused = assertThrows(RefusedValue.class, () -> read(body), body);
            assertEquals(StorableText.RULE, refused.getOriginalMessage());
        }
    }

    @Test
    void datesOutsideTheAcceptedRangeAreRefused() {
        for (String body : List.of(
                "{\"endsOn\":\"+999999999-12-31\"}",
                "{\"endsOn\":\"1899-12-31\"}",
                "{\"startsAt\":\"+10000-01-01T00:00:00Z\"}",
                "{\"localStart\":\"+999999999-01-01T00:00:00\"}",
                "{\"signedOn\":\"01.01.0001\"}")) {
            assertThrows(RefusedValue.class, () -> read(body), body);
        }
    }

    @Test
    void theRefusedFieldIsNamed() {
        RefusedValue refused = assertThrows(RefusedValue.class, () -> read("{\"members\":[{\"name\":\"a\\u0000\"}]}"));

        assertEquals(
                List.of("members", "0", "name"),
                refused.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                        .toList());
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThrows(UnrecognizedPropertyException.class, () -> read("{\"name\":\"a\",\"id\":\"x\"}"));
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertThrows(JsonProcessingException.class, () -> read("{\"name\":\"a\"} garbage"));
        assertThrows(MismatchedInputException.class, () -> read("{\"name\":\"a\"}{\"name\":\"b\"}"));
    }

    @Test
    void aDuplicateFieldIsRefused() {
        assertThrows(JsonProcessingException.class, () -> read("{\"name\":\"a\",\"name\":\"b\"}"));
    }

    @Test
    void valuesOfAnotherJsonTypeAreNotCoerced() {
        for (String body : List.of(
                "{\"name\":12345}",
                "{\"name\":1.5}",
                "{\"name\":true}",
                "{\"capacity\":1.5}",
                "{\"seats\":1.0}",
                "{\"capacity\":\"12\"}",
                "{\"online\":\"true\"}",
                "{\"online\":1}",
                "{\"kind\":1}")) {
            assertThrows(MismatchedInputException.class, () -> read(body), body);
        }
    }

    @Test
    void aNumberOutOfRangeNamesItsField() {
        JsonMappingException outOfRange =
                assertThrows(JsonMappingException.class, () -> read("{\"capacity\":2147483648}"));

        assertEquals("capacity", outOfRange.getPath().get(0).getFieldName());
    }
}
