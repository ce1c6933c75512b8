package org.southsouth.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Reads every JSON string of a body, refusing text a store cannot keep. */
class StorableTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && !StorableText.isStorable(text)) {
            throw new RefusedValue(parser, StorableText.RULE, String.class);
        }
        return text;
    }
}
