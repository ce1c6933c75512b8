package org.southsouth.webhook.delivery;

/** A transaction owes new deliveries: once it commits, the dispatcher claims them without waiting for its poll. */
public record DeliveriesOwed() {}
