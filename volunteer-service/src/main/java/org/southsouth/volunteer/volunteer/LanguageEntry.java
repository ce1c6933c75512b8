package org.southsouth.volunteer.volunteer;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.rest.validation.LanguageCode;

@Schema(name = "Language", description = "A language the volunteer speaks")
public record LanguageEntry(
        @NotNull @LanguageCode @Schema(description = "ISO 639-1 code", example = "fr", required = true)
        String code,

        @NotNull @Schema(description = "CEFR level, or NATIVE", example = "B2", required = true)
        LanguageLevel level) {}
