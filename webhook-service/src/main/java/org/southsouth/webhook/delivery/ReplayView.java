package org.southsouth.webhook.delivery;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookReplay", description = "What a replay queued")
public record ReplayView(
        @Schema(required = true) Instant since,

        @Schema(description = "Deliveries queued, one per event the subscription matches", required = true)
        int queued) {}
