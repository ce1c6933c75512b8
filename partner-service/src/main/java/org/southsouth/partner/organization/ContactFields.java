package org.southsouth.partner.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.partner.rest.validation.CodeList;
import org.southsouth.partner.rest.validation.Coded;

/** What a client sets on a contact: the body of an addition and the document a merge patch applies to. */
@Schema(
        name = "NewContact",
        description = "A person to reach at an organization (personal data). In a PATCH "
                + "(application/merge-patch+json) send only what changes; null removes an optional field.")
public record ContactFields(
        @NotBlank @Size(max = 200) @Schema(example = "Li Wei", required = true, maxLength = 200)
        String name,

        @Size(max = 200) @Schema(example = "International cooperation officer", maxLength = 200)
        String role,

        @Email @Size(max = 254) @Schema(example = "li.wei@example.org", maxLength = 254)
        String email,

        @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9 ()./-]{3,40}", message = "must be a phone number such as +86 10 1234 5678")
        @Schema(example = "+86 10 1234 5678")
        String phone,

        @Coded(CodeList.ISO_639_1) @Schema(description = "ISO 639-1 language", example = "zh")
        String preferredLanguage) {

    public static ContactFields of(OrganizationContact c) {
        return new ContactFields(c.name, c.role, c.email, c.phone, c.preferredLanguage);
    }
}
