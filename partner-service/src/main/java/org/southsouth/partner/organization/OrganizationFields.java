package org.southsouth.partner.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;
import org.southsouth.partner.rest.validation.CodeList;
import org.southsouth.partner.rest.validation.Coded;
import org.southsouth.reference.Sdgs;

/**
 * What a client sets on an organization: the body of a registration, and the document a merge patch applies
 * to. Region and sub-region are derived from the country, never set.
 */
@Schema(
        name = "OrganizationFields",
        description = "The fields a client sets on an organization. In a PATCH "
                + "(application/merge-patch+json) send only what changes; null removes an optional field.")
public record OrganizationFields(
        @NotBlank
        @Size(max = 300)
        @Schema(
                description = "Name in the organization's own usage",
                example = "Beijing Volunteer Service Federation",
                required = true,
                maxLength = 300)
        String name,

        @Size(max = 30)
        @Schema(
                description = "The name in other languages, keyed by BCP 47 tag",
                example = "{\"zh\": \"北京志愿服务联合会\", \"en\": \"Beijing Volunteer Service Federation\"}")
        Map<@Coded(CodeList.BCP47_TAG) @Size(max = 35) String, @NotBlank @Size(max = 300) String> nameTranslations,

        @Size(max = 40) @Schema(example = "BVF", maxLength = 40)
        String acronym,

        @NotNull
        @Coded(CodeList.IATI_ORGANISATION_TYPE)
        @Schema(
                description = "IATI OrganisationType code: 10 Government, 11 Local Government, 15 Other Public "
                        + "Sector, 21 International NGO, 22 National NGO, 23 Regional NGO, 24 Partner Country based NGO, "
                        + "30 Public Private Partnership, 40 Multilateral, 60 Foundation, 70-73 Private Sector, "
                        + "80 Academic, Training and Research, 90 Other",
                example = "22",
                required = true)
        String type,

        @NotNull
        @Coded(CodeList.ISO_COUNTRY)
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "CN", required = true)
        String country,

        @Size(max = Sdgs.GOALS)
        @Schema(description = "Sustainable Development Goals the organization works on (1–17)", example = "[4, 17]")
        List<@NotNull @Min(1) @Max(Sdgs.GOALS) Integer> sdgs,

        @Size(max = 500)
        @URL(regexp = "^https?://.*", message = "must be an http or https URL")
        @Schema(example = "https://www.bv.org.cn", maxLength = 500)
        String website,

        @Schema(
                description = "Runs the network; its partnerships in force make organizations connected",
                defaultValue = "false")
        Boolean hub,

        @PastOrPresent
        @Schema(
                description = "Date the organization joined the network; set to the day it becomes ACTIVE when absent",
                example = "2016-06-01")
        LocalDate joinedNetworkOn,

        @Schema(
                description = "PROSPECT (default) or ACTIVE at registration; later PROSPECT → ACTIVE | INACTIVE, "
                        + "ACTIVE → INACTIVE, INACTIVE → ACTIVE")
        OrganizationStatus status) {

    public static OrganizationFields of(Organization o) {
        return new OrganizationFields(
                o.name,
                new LinkedHashMap<>(o.nameTranslations),
                o.acronym,
                o.type,
                o.country,
                new ArrayList<>(o.sdgs),
                o.website,
                o.hub,
                o.joinedNetworkOn,
                o.status);
    }

    Map<String, String> translationsOrEmpty() {
        return nameTranslations == null ? Map.of() : nameTranslations;
    }

    List<Integer> sdgsOrEmpty() {
        return sdgs == null ? List.of() : sdgs.stream().distinct().sorted().toList();
    }
}
