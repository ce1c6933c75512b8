package org.southsouth.volunteer.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.backbone.SyncState;
import org.southsouth.rest.QueryParameters;
import org.southsouth.volunteer.messaging.HostOrganization;
import org.southsouth.volunteer.messaging.VolunteerServiceConsumers;

@Path("/api/v1/volunteers/sync-state")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SyncState.TAG, description = SyncState.TAG_DESCRIPTION)
public class SyncStateResource {

    @Inject
    VolunteerServiceConsumers consumers;

    @GET
    @Operation(
            operationId = "getVolunteersSyncState",
            summary = "What volunteer-service has applied of the others' events",
            description =
                    "Per topic it reads (partner.organizations, events.participations): whether its consumer reads and "
                            + "how many records wait, read from Kafka when asked; with waitSeconds it first waits "
                            + "(long-polls) until it has applied what was published before the request. "
                            + "With organizationId: the revision of that organization volunteer-service knows. "
                            + "Once it reaches the revision partner-service answered for a change (its ETag), volunteer-service knows "
                            + "the change: an organization that became ACTIVE may then host deployments and opportunities.")
    @APIResponse(
            responseCode = "200",
            description = "How far volunteer-service is",
            content = @Content(schema = @Schema(implementation = SyncState.class)))
    @APIResponse(responseCode = "400", description = "organizationId is not a UUID, or waitSeconds not 1 to 5")
    public SyncState get(
            @QueryParam("organizationId") @Schema(format = "uuid") String organizationId,
            @Parameter(
                            description = SyncState.WAIT_SECONDS,
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
                    @QueryParam("waitSeconds")
                    String waitSeconds) {
        UUID id = QueryParameters.uuid("organizationId", organizationId);
        Integer wait = QueryParameters.integer("waitSeconds", waitSeconds, 1, SyncState.MAX_WAIT_SECONDS);
        return consumers.syncState(
                wait,
                () -> id == null
                        ? null
                        : Optional.ofNullable(HostOrganization.<HostOrganization>findById(id))
                                .map(host -> host.sequence)
                                .orElse(0L));
    }
}
