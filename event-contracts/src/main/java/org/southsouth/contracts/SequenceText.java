package org.southsouth.contracts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes the CloudEvents {@code sequence} extension: a string that orders lexicographically. The aggregate
 * version is zero-padded to the 19 digits of the largest {@code long}, so that text order is numeric order
 * ({@code "…0009"} before {@code "…0010"}).
 */
public final class SequenceText extends StdSerializer<Long> {

    public SequenceText() {
        super(Long.class);
    }

    @Override
    public void serialize(Long sequence, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(String.format("%019d", sequence));
    }
}
