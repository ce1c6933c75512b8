package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptHeaderTest {

    private static final List<String> JSON_OR_CSV = List.of("application/json", "text/csv");

    @Test
    void theHigherQualityWinsWhateverTheOrder() {
        assertEquals(
                Optional.of("application/json"),
                AcceptHeader.preferred("application/json;q=1, text/csv;q=0.5", JSON_OR_CSV));
        assertEquals(
                Optional.of("application/json"),
                AcceptHeader.preferred("text/csv;q=0.5, application/json", JSON_OR_CSV));
        assertEquals(Optional.of("text/csv"), AcceptHeader.preferred("application/json;q=0.2, text/csv", JSON_OR_CSV));
    }

    @Test
    void theMostSpecificRangeGivesAnOfferItsQuality() {
        assertEquals(Optional.of("text/csv"), AcceptHeader.preferred("*/*;q=0.1, text/*;q=0.5", JSON_OR_CSV));
        assertEquals(
                Optional.of("application/json"),
                AcceptHeader.preferred("text/*;q=0.5, text/csv;q=0, */*;q=0.1", JSON_OR_CSV));
        assertEquals(
                Optional.of("text/csv"), AcceptHeader.preferred("TEXT/CSV; Q=0.9, application/*; q=0.8", JSON_OR_CSV));
    }

    @Test
    void tiesGoToTheFirstOfferAndNoAcceptMeansTheFirstOffer() {
        assertEquals(
                Optional.of("application/json"), AcceptHeader.preferred("text/csv, application/json", JSON_OR_CSV));
        assertEquals(Optional.of("application/json"), AcceptHeader.preferred("*/*", JSON_OR_CSV));
        assertEquals(Optional.of("application/json"), AcceptHeader.preferred(null, JSON_OR_CSV));
    }

    @Test
    void qualityZeroOrNothingMatchingIsNotAcceptable() {
        assertEquals(Optional.empty(), AcceptHeader.preferred("application/json;q=0, text/csv;q=0", JSON_OR_CSV));
        assertEquals(Optional.empty(), AcceptHeader.preferred("text/html", JSON_OR_CSV));
        assertEquals(Optional.empty(), AcceptHeader.preferred("text/csv;q=nonsense", JSON_OR_CSV));
    }
}
