package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    record Language(@NotBlank String code) {}

    record Profile(@NotBlank String name, List<@Valid Language> languages, List<@Max(17) Integer> sdgs) {}

    private final Validator validator = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void fieldErrorsNameTheFieldAsTheClientWroteIt() {
        Profile profile = new Profile("", List.of(new Language("en"), new Language(" ")), List.of(4, 18));
        ConstraintViolationException invalid = new ConstraintViolationException(validator.validate(profile));

        Problem problem = (Problem)
                new ProblemMappers().constraintViolation(invalid, null).getEntity();

        assertEquals(400, problem.status());
        assertEquals(
                List.of("languages[1].code", "name", "sdgs[1]"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
    }

    public static class Lists {
        public void list(@Max(Page.MAX_PAGE) int page) {}
    }

    @Test
    void aQueryParameterIsNamedByItself() throws NoSuchMethodException {
        ConstraintViolationException invalid = new ConstraintViolationException(validator
                .forExecutables()
                .validateParameters(
                        new Lists(), Lists.class.getMethod("list", int.class), new Object[] {Integer.MAX_VALUE}));

        Problem problem = (Problem)
                new ProblemMappers().constraintViolation(invalid, null).getEntity();

        assertEquals(
                List.of("page"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
    }
}
