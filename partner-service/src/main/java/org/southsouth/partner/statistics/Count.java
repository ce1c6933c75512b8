package org.southsouth.partner.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Count", description = "How many records share one value")
public record Count(
        @Schema(example = "22") String key,
        @Schema(example = "41") long count) {}
