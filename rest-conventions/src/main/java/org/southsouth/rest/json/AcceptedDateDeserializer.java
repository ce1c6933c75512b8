package org.southsouth.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import org.southsouth.rest.AcceptedDates;

/** Wraps the java.time deserializers, whatever their format, so a date outside {@link AcceptedDates} is refused. */
class AcceptedDateDeserializer extends DelegatingDeserializer {

    AcceptedDateDeserializer(JsonDeserializer<?> dates) {
        super(dates);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> dates) {
        return new AcceptedDateDeserializer(dates);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object value = super.deserialize(parser, context);
        if (value != null && !AcceptedDates.containsTemporal(value)) {
            throw new RefusedValue(parser, AcceptedDates.RULE, handledType());
        }
        return value;
    }

    static class Wrapping extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription type, JsonDeserializer<?> deserializer) {
            return type.getBeanClass().getPackageName().equals("java.time")
                    ? new AcceptedDateDeserializer(deserializer)
                    : deserializer;
        }
    }
}
