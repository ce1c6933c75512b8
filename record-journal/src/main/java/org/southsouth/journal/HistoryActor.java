package org.southsouth.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.contracts.EventOrigin;

/** Who made a change: the calling client, its roles and the organization or volunteer it acts for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HistoryActor", description = "Who made a change; all absent when the platform itself acted")
public record HistoryActor(
        @Schema(description = "OAuth2 client id of the caller", nullable = true)
        String clientId,

        @Schema(description = "The caller's roles, space-separated", nullable = true, example = "partner")
        String roles,

        @Schema(description = "Organization a partner client acts for", nullable = true)
        String organizationId,

        @Schema(description = "Volunteer a volunteer client speaks for", nullable = true)
        String volunteerId) {

    public static HistoryActor of(EventOrigin origin) {
        return new HistoryActor(
                origin.actorClient(), origin.actorRoles(), origin.actorOrganization(), origin.actorVolunteer());
    }
}
