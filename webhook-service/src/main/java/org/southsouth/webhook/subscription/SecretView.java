package org.southsouth.webhook.subscription;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSecret", description = "A new signing secret, shown this once")
public record SecretView(
        @Schema(required = true, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,

        @Schema(description = "Until then deliveries carry a signature with the old secret too", required = true)
        Instant previousSecretExpiresAt) {

    static SecretView of(Subscription s) {
        return new SecretView(s.secret, s.previousSecretExpiresAt);
    }
}
