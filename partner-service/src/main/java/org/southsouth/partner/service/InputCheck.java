package org.southsouth.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;

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
            throw ApiProblem.badRequest("A JSON body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw invalid(violations.stream()
                    .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .toList());
        }
        return command;
    }

    public static ApiProblem invalid(List<Problem.FieldError> errors) {
        String detail = String.join(
                "; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new ApiProblem(400, "validation", "Request is not valid", detail, errors);
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
