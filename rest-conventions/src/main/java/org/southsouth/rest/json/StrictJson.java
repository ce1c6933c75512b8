package org.southsouth.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The one reading rule of every API body (README, API conventions): a body says exactly what it means or is
 * refused with 400 naming the field. Unknown and read-only fields, a duplicate field, content after the document,
 * a value of another JSON type (12345 for a text, "12" or 1.5 for a whole number, 1 for a flag or an enum), text
 * no store can keep and dates outside {@link org.southsouth.rest.AcceptedDates} are all refused.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final List<LogicalType> SCALARS =
            List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean);
    private static final List<CoercionInputShape> SCALAR_SHAPES =
            List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType scalar : SCALARS) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (CoercionInputShape shape : SCALAR_SHAPES) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("StorableValues")
                .addDeserializer(String.class, new StorableTextDeserializer())
                .setDeserializerModifier(new AcceptedDateDeserializer.Wrapping()));
    }

    /** Applies after Quarkus' own settings, so quarkus.jackson.* properties cannot loosen the rule. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
