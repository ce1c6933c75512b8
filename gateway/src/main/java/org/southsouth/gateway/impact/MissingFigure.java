package org.southsouth.gateway.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MissingFigure", description = "A figure the answer does not give, and why")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingFigure(
        @Schema(description = "Name of the figure", example = "visitsHosted")
        String figure,

        @Schema(description = "The breakdown it is missing from; absent for a headline figure", example = "sdg")
        String breakdown,

        MissingReason reason,

        @Schema(description = "The service the figure comes from, or would", example = "events")
        String service,

        @Schema(description = "What happened or what is lacking", example = "The events service cannot be reached")
        String detail) {}
