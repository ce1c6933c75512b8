package org.southsouth.webhook.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.Problem;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.webhook.delivery.DeliveryService;
import org.southsouth.webhook.delivery.DeliveryView;
import org.southsouth.webhook.delivery.ReplayView;

@Path("/api/v1/webhooks/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhook subscriptions",
        description =
                "Events pushed to partner systems after the Standard Webhooks "
                        + "specification: signed, retried for about three days, logged. A partner manages its own organization's "
                        + "subscriptions and receives only events about records its organization may read. Each delivery is a POST "
                        + "of a CloudEvents 1.0 structured JSON body (`application/cloudevents+json`) with `webhook-id` (the event id, "
                        + "the same on every retry: deduplicate on it), `webhook-timestamp` (Unix seconds) and `webhook-signature: "
                        + "v1,<base64 HMAC-SHA256 of \"<webhook-id>.<webhook-timestamp>.<body>\">`, keyed by the base64-decoded part "
                        + "of the secret after `whsec_` (two signatures, space separated, for 24 h after a rotation). Verify with a "
                        + "Standard Webhooks library, in Java `new com.standardwebhooks.Webhook(secret).verify(body, headers)`. Any "
                        + "2xx within 15 s is success; otherwise the delivery is tried again after 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, "
                        + "10 h, 14 h, 20 h and 24 h (each ±10 %), later when a 429 or 503 asks with `Retry-After`; redirects are not "
                        + "followed; `410 Gone`, or a delivery failing every attempt, disables the subscription with the reason.")
public class SubscriptionResource {

    public static final String PATH = "/api/v1/webhooks/subscriptions";

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryService deliveries;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhookSubscription",
            summary = "Subscribe to events",
            description =
                    "The response is the only one that shows the signing secret. Deliveries start with the next event.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; Location names the subscription",
            headers = @Header(name = "ETag", description = "Revision of the subscription"),
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid subscription (e.g. a URL that is not https or resolves to an internal address); field errors name each field")
    @APIResponse(
            responseCode = "403",
            description = "Not staff nor a partner, or a partner subscribing for another organization")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still running")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response create(
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            NewSubscription body) {
        return idempotent.run(idempotencyKey, "POST " + PATH, body, () -> {
            Subscription created = subscriptions.create(body);
            return ETags.created(
                    URI.create(PATH + "/" + created.id), SubscriptionView.withSecret(created), created.revision());
        });
    }

    @GET
    @Operation(
            operationId = "listWebhookSubscriptions",
            summary = "List webhook subscriptions",
            description = "A partner sees its own organization's, staff every one. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    @APIResponse(responseCode = "400", description = "A malformed query parameter, named in the problem")
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    public Page<SubscriptionView> list(
            @Parameter(
                            description = "Only enabled (true) or disabled (false) ones",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("enabled")
                    String enabled,
            @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page")
                    String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("size")
                    String size) {
        Page<Subscription> found = subscriptions.list(
                QueryParameters.bool("enabled", enabled), QueryParameters.page(page), QueryParameters.size(size));
        return new Page<>(
                found.items().stream().map(SubscriptionView::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(
            operationId = "getWebhookSubscription",
            summary = "Read a webhook subscription",
            description = "Without its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            headers = @Header(name = "ETag", description = "Revision; send it in If-Match to update"),
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public Response get(@PathParam("subscriptionId") UUID subscriptionId) {
        Subscription subscription = subscriptions.get(subscriptionId);
        return ETags.ok(SubscriptionView.of(subscription), subscription.revision());
    }

    @PATCH
    @Path("/{subscriptionId}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "updateWebhookSubscription",
            summary = "Update a webhook subscription",
            description = "JSON Merge Patch (RFC 7396). Setting enabled to true again after the service disabled it "
                    + "clears the reason and resumes the deliveries that wait. If-Match is optional; when sent it must "
                    + "name the current revision.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = JsonMergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = SubscriptionFields.class),
                            examples = @ExampleObject(name = "re-enable", value = "{\"enabled\": true}")))
    @APIResponse(
            responseCode = "200",
            description = "The updated subscription",
            headers = @Header(name = "ETag", description = "The new revision"),
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, unknown field, wrong type or invalid value")
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    @APIResponse(responseCode = "409", description = "A concurrent change without If-Match")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    public Response update(
            @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(
                            description = "ETag of the revision the change is based on",
                            example = "\"2\"",
                            schema = @Schema(type = SchemaType.STRING))
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            JsonNode patch) {
        Subscription updated = subscriptions.update(subscriptionId, ifMatch, patch);
        return ETags.ok(SubscriptionView.of(updated), updated.revision());
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{subscriptionId}")
    @Operation(
            operationId = "deleteWebhookSubscription",
            summary = "Unsubscribe",
            description = "Removes the subscription and its delivery log; nothing more is sent.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision; nothing changed")
    public void delete(
            @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(
                            description = "ETag of the revision to remove",
                            example = "\"2\"",
                            schema = @Schema(type = SchemaType.STRING))
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        subscriptions.delete(subscriptionId, ifMatch);
    }

    @POST
    @Path("/{subscriptionId}/secret-rotation")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Rotate the signing secret",
            description = "A new secret signs from now on; the one it replaces keeps signing for 24 h, each delivery "
                    + "carrying both signatures, so the receiver can switch without losing a delivery.")
    @APIResponse(
            responseCode = "200",
            description = "The new secret, shown this once",
            content = @Content(schema = @Schema(implementation = SecretView.class)))
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public SecretView rotateSecret(@PathParam("subscriptionId") UUID subscriptionId) {
        return SecretView.of(subscriptions.rotateSecret(subscriptionId));
    }

    @POST
    @Path("/{subscriptionId}/ping")
    @Operation(
            operationId = "pingWebhookSubscription",
            summary = "Send a test delivery",
            description = "Sends one signed org.southsouth.webhook.Ping now and answers with its attempt: one try, "
                    + "logged, never disabling the subscription.")
    @APIResponse(
            responseCode = "200",
            description = "The ping's delivery, DELIVERED or FAILED",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public DeliveryView ping(@PathParam("subscriptionId") UUID subscriptionId) {
        return DeliveryView.of(deliveries.ping(subscriptionId));
    }

    @POST
    @Path("/{subscriptionId}/replay")
    @Operation(
            operationId = "replayWebhookEvents",
            summary = "Send past events again",
            description = "Queues a delivery of every event since the given instant that the subscription matches and "
                    + "its organization may see, oldest first, as long as the service still keeps it.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = ReplayView.class)))
    @APIResponse(responseCode = "400", description = "since missing or not an instant")
    @APIResponse(responseCode = "403", description = "Not staff nor a partner")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public Response replay(
            @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(
                            description = "From this instant on",
                            required = true,
                            example = "2026-01-31T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("since")
                    String since) {
        Instant from = QueryParameters.instant("since", since);
        if (from == null) {
            throw ApiProblem.invalidField("since", "is required: an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
        return Response.accepted(new ReplayView(from, deliveries.replay(subscriptionId, from)))
                .build();
    }
}
