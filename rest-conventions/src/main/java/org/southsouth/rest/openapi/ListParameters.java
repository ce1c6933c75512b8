package org.southsouth.rest.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.southsouth.rest.Page;

/**
 * The list parameters every list shares, typed alike in every document whatever Java type a resource reads them
 * as (some read text to name the parameter in their own 400): {@code page} and {@code size} are bounded integers,
 * {@code hub} a flag, so a generated client passes numbers and booleans.
 */
final class ListParameters {

    private ListParameters() {}

    static void type(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || !isText(parameter.getSchema())) {
            return;
        }
        switch (parameter.getName()) {
            case "page" -> retype(parameter, integer(0, Page.MAX_PAGE), Integer::valueOf);
            case "size" -> retype(parameter, integer(1, Page.MAX_SIZE), Integer::valueOf);
            case "hub" ->
                retype(parameter, OASFactory.createSchema().type(List.of(SchemaType.BOOLEAN)), Boolean::valueOf);
            default -> {}
        }
    }

    /** The example written as text in the annotation becomes a value of the new type, as linters require. */
    private static void retype(Parameter parameter, Schema schema, Function<String, Object> typedExample) {
        parameter.setSchema(schema);
        if (parameter.getExample() instanceof String example) {
            parameter.setExample(typedExample.apply(example));
        }
    }

    private static boolean isText(Schema schema) {
        return schema == null
                || schema.getRef() == null
                        && (schema.getType() == null || schema.getType().equals(List.of(SchemaType.STRING)));
    }

    private static Schema integer(int minimum, int maximum) {
        return OASFactory.createSchema()
                .type(List.of(SchemaType.INTEGER))
                .format("int32")
                .minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(maximum));
    }
}
