package org.southsouth.webhook.delivery;

/** PENDING → SENDING → DELIVERED, or back to PENDING for the next try, or FAILED when no try is left. */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    DELIVERED,
    FAILED
}
