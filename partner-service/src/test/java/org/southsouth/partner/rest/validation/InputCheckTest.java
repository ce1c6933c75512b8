package org.southsouth.partner.rest.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RefusedField;

class InputCheckTest {

    record Party(@NotBlank String role) {}

    record Command(List<@Valid Party> parties, List<@Max(17) Integer> sdgs) {}

    private ValidatorFactory factory;
    private final InputCheck check = new InputCheck();

    @BeforeEach
    void validator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        check.validator = factory.getValidator();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void refusedFieldsAreNamedAsTheClientWroteThem() {
        Command command = new Command(List.of(new Party("lead"), new Party(" ")), List.of(5, 18));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> check.valid(command));

        assertEquals(
                List.of("parties[1].role", "sdgs[1]"),
                refused.fields().stream().map(RefusedField::field).toList());
    }
}
