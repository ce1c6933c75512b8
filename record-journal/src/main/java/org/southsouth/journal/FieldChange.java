package org.southsouth.journal;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One top-level field of a record as it was before a change and after it. */
@Schema(name = "FieldChange", description = "A field's value before and after a change (null when absent)")
public record FieldChange(
        @Schema(description = "Name of the field as the record's own representation spells it", example = "status")
        String field,

        @Schema(description = "Any JSON value; null when absent before")
        JsonNode before,

        @Schema(description = "Any JSON value; null when absent after")
        JsonNode after) {}
