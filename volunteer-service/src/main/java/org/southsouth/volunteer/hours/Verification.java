package org.southsouth.volunteer.hours;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verification", description = "A coordinator confirms logged hours")
public record Verification(
        @Size(max = 200)
        @Schema(
                description = "Who verified (until the gateway passes the caller's identity)",
                example = "coordinator@bvf.example")
        String verifiedBy) {}
