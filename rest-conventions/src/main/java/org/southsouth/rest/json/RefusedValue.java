package org.southsouth.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A well-formed JSON value the platform refuses; its message says what the field must be. */
public class RefusedValue extends MismatchedInputException {

    public RefusedValue(JsonParser parser, String rule, Class<?> type) {
        super(parser, rule, type);
    }
}
