package org.southsouth.webhook.delivery;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.webhook.subscription.SubscriptionResource;

@Path(SubscriptionResource.PATH + "/{subscriptionId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhook deliveries",
        description = "The delivery log of a subscription: every event owed, its attempts, "
                + "status codes, latency, the next try and the start of each response.")
public class DeliveryResource {

    @Inject
    DeliveryService deliveries;

    @GET
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "List the deliveries of a subscription",
            description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "A malformed query parameter, named in the problem")
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public Page<DeliveryView> list(
            @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page")
                    String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("size")
                    String size) {
        Page<DeliveryStore.Entry> found = deliveries.list(
                subscriptionId,
                QueryParameters.oneOf("status", status, DeliveryStatus.class),
                QueryParameters.page(page),
                QueryParameters.size(size));
        return new Page<>(
                found.items().stream().map(DeliveryView::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(
            operationId = "getWebhookDelivery",
            summary = "Read a delivery with its attempts",
            description = "Where the delivery stands, the next try if one is due, and every attempt oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The delivery",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such delivery of this subscription")
    public DeliveryView get(
            @PathParam("subscriptionId") UUID subscriptionId, @PathParam("deliveryId") UUID deliveryId) {
        return DeliveryView.of(deliveries.get(subscriptionId, deliveryId));
    }

    @POST
    @Path("/{deliveryId}/retry")
    @Operation(
            operationId = "retryWebhookDelivery",
            summary = "Send a delivery again",
            description = "Starts the retry schedule over, the first attempt now, with the same webhook-id. Deliveries "
                    + "of the same record that came later wait for it.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such delivery of this subscription")
    @APIResponse(responseCode = "409", description = "An attempt is under way")
    public Response retry(@PathParam("subscriptionId") UUID subscriptionId, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(DeliveryView.of(deliveries.retry(subscriptionId, deliveryId)))
                .build();
    }
}
