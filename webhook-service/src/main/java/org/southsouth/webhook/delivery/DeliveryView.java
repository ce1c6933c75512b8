package org.southsouth.webhook.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event owed to a subscription and its attempts")
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID subscriptionId,

        @Schema(description = "The CloudEvent id, sent as webhook-id, the same on every attempt", required = true)
        UUID eventId,

        @Schema(required = true, example = "org.southsouth.volunteer.DeploymentPlanned")
        String eventType,

        @Schema(description = "The record the event is about", required = true)
        String subject,

        @Schema(required = true) DeliveryStatus status,

        @Schema(description = "Attempts since creation or the last retry by hand", required = true)
        int attempts,

        @Schema(nullable = true, required = true) Instant nextAttemptAt,
        @Schema(nullable = true, required = true) Integer lastStatusCode,
        @Schema(nullable = true, required = true) String lastError,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, required = true) Instant deliveredAt,

        @Schema(description = "Every attempt, oldest first", required = true)
        List<Attempt> attemptLog) {

    @Schema(name = "WebhookDeliveryAttempt")
    public record Attempt(
            @Schema(required = true) Instant attemptedAt,

            @Schema(description = "The receiver's status; null when no response came", nullable = true, required = true)
            Integer statusCode,

            @Schema(required = true) long latencyMs,
            @Schema(nullable = true, required = true) String error,

            @Schema(description = "The start of the receiver's response body", nullable = true, required = true)
            String responseExcerpt) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attemptedAt, a.statusCode, a.latencyMs, a.error, a.responseExcerpt);
        }
    }

    public static DeliveryView of(DeliveryStore.Entry entry) {
        Delivery d = entry.delivery();
        return new DeliveryView(
                d.id,
                d.subscriptionId,
                d.eventId,
                d.eventType,
                d.subject,
                d.status,
                d.attempts,
                d.nextAttemptAt,
                d.lastStatusCode,
                d.lastError,
                d.createdAt,
                d.deliveredAt,
                entry.attempts().stream().map(Attempt::of).toList());
    }
}
