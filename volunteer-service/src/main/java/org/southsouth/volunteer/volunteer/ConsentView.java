package org.southsouth.volunteer.volunteer;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Consent",
        description = "A consent given for one purpose under one policy version; open until withdrawn or superseded")
public record ConsentView(
        UUID id,
        @Schema(example = "MATCHING") String purpose,
        @Schema(example = "2026-01") String policyVersion,
        Instant givenAt,

        @Schema(
                nullable = true,
                description = "When it was withdrawn or superseded by a newer consent for the purpose; null while open")
        Instant withdrawnAt) {

    static ConsentView of(ConsentRecord c) {
        return new ConsentView(c.id, c.purpose, c.policyVersion, c.givenAt, c.withdrawnAt);
    }
}
