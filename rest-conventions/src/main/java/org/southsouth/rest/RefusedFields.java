package org.southsouth.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.southsouth.failure.RefusedField;

/** The fields Bean Validation refused, each named as the client wrote it, in the order of their names. */
public final class RefusedFields {

    private RefusedFields() {}

    public static List<RefusedField> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new RefusedField(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(RefusedField::field).thenComparing(RefusedField::message))
                .toList();
    }

    /**
     * The field as the client wrote it, e.g. {@code parties[1].role}: without the method and parameter names of
     * a method-parameter path (a parameter's name only when it is the field), and without the
     * {@code <list element>} nodes of container elements.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // A node's index is its place in the container that holds it, so it follows the parent's name.
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "")
                        .append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            // A query or header parameter itself, e.g. page: its name is the field.
            return parameter != null ? parameter : violation.getPropertyPath().toString();
        }
        return field.toString();
    }
}
