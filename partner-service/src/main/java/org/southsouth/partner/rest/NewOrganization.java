package org.southsouth.partner.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewOrganization", description = "An organization joining (or prospected by) the network")
public record NewOrganization(
        @NotBlank @Size(max = 300)
        @Schema(example = "Beijing Volunteer Service Federation", required = true)
        String name,
        @Size(max = 40)
        @Schema(example = "BVF")
        String acronym,
        @NotBlank @Pattern(regexp = "\\d{2}", message = "must be an IATI OrganisationType code such as 22")
        @Schema(description = "IATI OrganisationType code", example = "22", required = true)
        String type,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "CN", required = true)
        String country) {
}
