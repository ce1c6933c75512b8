package org.southsouth.webhook.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.backbone.SyncState;
import org.southsouth.rest.QueryParameters;
import org.southsouth.webhook.messaging.PlatformEventsConsumer;

@Path("/api/v1/webhooks/sync-state")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SyncState.TAG, description = SyncState.TAG_DESCRIPTION)
public class SyncStateResource {

    @Inject
    PlatformEventsConsumer consumers;

    @GET
    @Operation(
            operationId = "getWebhooksSyncState",
            summary = "What webhook-service has applied of the platform's events",
            description = "Per topic of the event catalog (it reads them all): whether its consumer reads and how many "
                    + "records wait, read from Kafka when asked; with waitSeconds it first waits (long-polls) until "
                    + "it has applied what was published before the request. An event is applied once the "
                    + "deliveries it owes are queued: they are then in the subscriptions' delivery logs, and a "
                    + "replay finds the event. organizationRevision is always null: this service keeps no "
                    + "organizations.")
    @APIResponse(
            responseCode = "200",
            description = "How far webhook-service is",
            content = @Content(schema = @Schema(implementation = SyncState.class)))
    @APIResponse(responseCode = "400", description = "waitSeconds not 1 to 5")
    public SyncState get(
            @Parameter(
                            description = SyncState.WAIT_SECONDS,
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
                    @QueryParam("waitSeconds")
                    String waitSeconds) {
        return consumers.syncState(QueryParameters.integer("waitSeconds", waitSeconds, 1, SyncState.MAX_WAIT_SECONDS));
    }
}
