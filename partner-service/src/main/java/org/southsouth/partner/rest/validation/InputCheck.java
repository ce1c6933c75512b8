package org.southsouth.partner.rest.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.MalformedInput;
import org.southsouth.failure.RefusedField;

/**
 * Validates a command and refuses it with every failing field, named as the client wrote it
 * ({@code sdgs[2]}, {@code nameTranslations[xx]}, {@code parties[1].role}).
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
            throw InvalidInput.of(violations.stream()
                    .map(v -> new RefusedField(fieldOf(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(RefusedField::field).thenComparing(RefusedField::message))
                    .toList());
        }
        return command;
    }

    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        return field.toString();
    }
}
