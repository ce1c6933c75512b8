package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.MalformedInput;
import org.southsouth.failure.RefusedField;
import org.southsouth.rest.json.StrictJson;

class ValidBodiesTest {

    record Language(@NotBlank String code) {}

    record Profile(@NotBlank String name, String motto, List<@Valid Language> languages, List<@Max(17) Integer> sdgs) {}

    private static final Profile CURRENT =
            new Profile("Ana", "Learn by doing", List.of(new Language("en")), List.of(4));

    private final ObjectMapper json = new ObjectMapper();
    private final ValidBodies bodies = new ValidBodies(
            json,
            Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator());

    ValidBodiesTest() {
        new StrictJson().customize(json);
    }

    private JsonNode tree(String text) throws Exception {
        return json.readTree(text);
    }

    @Test
    void aPatchChangesWhatItNamesRemovesWhatItNullsAndKeepsTheRest() throws Exception {
        Profile patched = bodies.patched(CURRENT, tree("{\"name\": \"Ana Lima\", \"motto\": null}"), Profile.class);

        assertEquals(new Profile("Ana Lima", null, CURRENT.languages(), CURRENT.sdgs()), patched);
    }

    @Test
    void aPatchThatIsNotAnObjectIsMalformed() throws Exception {
        assertThrows(MalformedInput.class, () -> bodies.patched(CURRENT, tree("[]"), Profile.class));
        assertThrows(MalformedInput.class, () -> bodies.patched(CURRENT, null, Profile.class));
    }

    @Test
    void aPatchCannotSetAFieldTheBodyDoesNotHave() throws Exception {
        ApiProblem refused =
                assertThrows(ApiProblem.class, () -> bodies.patched(CURRENT, tree("{\"id\": \"x\"}"), Profile.class));

        assertEquals(400, refused.status());
        assertEquals(
                List.of("id"),
                refused.toProblem(null).errors().stream()
                        .map(Problem.FieldError::field)
                        .toList());
    }

    @Test
    void thePatchedBodyIsValidatedLikeACreateBodyNamingEachFieldAsTheClientWroteIt() throws Exception {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> bodies.patched(
                        CURRENT,
                        tree(
                                "{\"name\": \" \", \"languages\": [{\"code\": \"en\"}, {\"code\": \"\"}], \"sdgs\": [4, 18]}"),
                        Profile.class));

        assertEquals(
                List.of("languages[1].code", "name", "sdgs[1]"),
                refused.fields().stream().map(RefusedField::field).toList());
    }

    @Test
    void aWholeDocumentIsReadUnderTheSameRules() throws Exception {
        assertEquals(
                new Profile("Ana", null, List.of(), List.of()),
                bodies.read(tree("{\"name\": \"Ana\", \"languages\": [], \"sdgs\": []}"), Profile.class));
        InvalidInput refused =
                assertThrows(InvalidInput.class, () -> bodies.read(tree("{\"name\": \"\"}"), Profile.class));
        assertEquals(
                List.of("name"),
                refused.fields().stream().map(RefusedField::field).toList());
    }
}
