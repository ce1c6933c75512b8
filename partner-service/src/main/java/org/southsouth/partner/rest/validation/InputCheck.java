package org.southsouth.partner.rest.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.MalformedInput;
import org.southsouth.rest.RefusedFields;

/**
 * Validates a command and refuses it with every failing field, named as the client wrote it
 * ({@code sdgs[2]}, {@code nameTranslations[xx]}, {@code parties[1].role}) by rest-conventions' {@link RefusedFields}.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    Validator validator;

    public <T> T valid(T command) {
        if (command == null) {
            throw new MalformedInput("A JSON body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw InvalidInput.of(RefusedFields.of(violations));
        }
        return command;
    }
}
