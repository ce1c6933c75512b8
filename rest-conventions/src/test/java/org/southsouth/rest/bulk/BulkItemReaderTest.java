package org.southsouth.rest.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.json.StrictJson;

class BulkItemReaderTest {

    record Contact(String externalId, @NotBlank String name, Integer rank) {}

    private final BulkItemReader reader = new BulkItemReader();
    private final List<String> written = new ArrayList<>();

    private final ObjectMapper json = new ObjectMapper();

    BulkItemReaderTest() {
        new StrictJson().customize(json);
        reader.bodies = new ValidBodies(
                json,
                Validation.byDefaultProvider()
                        .configure()
                        .messageInterpolator(new ParameterMessageInterpolator())
                        .buildValidatorFactory()
                        .getValidator());
    }

    private BulkResult run(String items) throws Exception {
        return reader.run(
                BulkItems.of(json.readTree("{\"items\": " + items + "}")),
                Contact.class,
                "/api/v1/contacts/bulk",
                (index, contact) -> {
                    if (contact.name().equals("refused")) {
                        throw ApiProblem.forbidden("not yours");
                    }
                    if (contact.name().equals("broken")) {
                        throw new IllegalStateException("store down");
                    }
                    written.add(contact.name());
                    return BulkItemReader.written(index, contact.externalId(), BulkOutcome.CREATED, UUID.randomUUID());
                });
    }

    @Test
    void aBadItemFailsAloneNamingItsOwnFieldAndTheOthersAreWritten() throws Exception {
        BulkResult result = run("""
                [{"name": "Ana"}, {"name": ""}, {"name": "Ben", "rank": "high"}, {"name": "Eva", "colour": 1},
                 {"name": "refused"}, {"name": "broken"}, {"name": "Ola"}]""");

        assertEquals(List.of("Ana", "Ola"), written);
        assertEquals(
                List.of(201, 400, 400, 400, 403, 500, 201),
                result.items().stream().map(BulkItemResult::status).toList());
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5, 6),
                result.items().stream().map(BulkItemResult::index).toList());
        assertEquals("name", fieldOf(result.items().get(1).problem()));
        assertEquals("rank", fieldOf(result.items().get(2).problem()));
        assertEquals("colour", fieldOf(result.items().get(3).problem()));
        assertEquals("/api/v1/contacts/bulk", result.items().get(4).problem().instance());
        assertEquals(2, result.created());
        assertEquals(5, result.failed());
    }

    @Test
    void theSameExternalIdTwiceFailsTheSecondItem() throws Exception {
        BulkResult result = run("""
                [{"externalId": "c-1", "name": "Ana"}, {"externalId": "c-1", "name": "Ana B"}]""");

        assertEquals(List.of("Ana"), written);
        BulkItemResult second = result.items().get(1);
        assertEquals(BulkOutcome.FAILED, second.outcome());
        assertEquals("c-1", second.externalId());
        assertNull(second.id());
        assertEquals("externalId", fieldOf(second.problem()));
    }

    private static String fieldOf(Problem problem) {
        return problem.errors().get(0).field();
    }
}
