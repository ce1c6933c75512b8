package org.southsouth.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** The JSON path of the field a body could not be read at, as the client wrote it: {@code parties[1].role}. */
final class MismatchedInputPath {

    private MismatchedInputPath() {}

    static String of(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
