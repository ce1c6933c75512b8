package org.southsouth.webhook.delivery;

import java.util.List;
import java.util.UUID;

/** A claimed delivery with everything needed to send it outside any transaction. */
public record DeliveryJob(
        UUID deliveryId, UUID subscriptionId, String url, String webhookId, byte[] body, List<String> secrets) {}
