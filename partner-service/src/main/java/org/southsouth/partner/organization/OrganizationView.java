package org.southsouth.partner.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.UndpRegion;

@Schema(name = "Organization", description = "An organization of the network (contacts are a separate resource)")
public record OrganizationView(
        @Schema(example = "3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60")
        UUID id,

        @Schema(example = "Beijing Volunteer Service Federation")
        String name,

        @Schema(example = "{\"zh\": \"北京志愿服务联合会\", \"en\": \"Beijing Volunteer Service Federation\"}")
        Map<String, String> nameTranslations,

        @Schema(nullable = true, example = "BVF") String acronym,

        @Schema(description = "IATI OrganisationType code", example = "22")
        String type,

        @Schema(description = "ISO 3166-1 alpha-2", example = "CN")
        String country,

        @Schema(nullable = true, description = "UN M49 sub-region, derived from the country", example = "Eastern Asia")
        String subregion,

        @Schema(
                nullable = true,
                description = "UNDP regional grouping, derived from the country; null where UNDP does not group it")
        UndpRegion region,

        @Schema(example = "[4, 17]") List<Integer> sdgs,

        @Schema(nullable = true, example = "https://www.bv.org.cn")
        String website,

        @Schema(description = "Runs the network") boolean hub,
        @Schema(nullable = true, example = "2016-06-01") LocalDate joinedNetworkOn,
        OrganizationStatus status,

        @Schema(
                nullable = true,
                description = "Day the organization took its status; null when that predates the day being kept",
                example = "2024-05-02")
        LocalDate statusChangedOn,

        @Schema(description = "Revision, also the ETag; send it in If-Match to update", example = "3")
        long revision,

        Instant createdAt,
        Instant updatedAt) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(
                o.id,
                o.name,
                Map.copyOf(o.nameTranslations),
                o.acronym,
                o.type,
                o.country,
                o.subregion,
                o.region,
                List.copyOf(o.sdgs),
                o.website,
                o.hub,
                o.joinedNetworkOn,
                o.status,
                o.statusChangedOn,
                o.revision(),
                o.createdAt,
                o.updatedAt);
    }
}
