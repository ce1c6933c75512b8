package org.southsouth.webhook.subscription;

/** Whether an event goes to a subscription: a type it asked for, a record its organization may see, its filters. */
public final class SubscriptionMatch {

    private SubscriptionMatch() {}

    public static boolean matches(Subscription subscription, String topic, String type, EventVisibility visibility) {
        return EventTypeSelection.selects(subscription.eventTypes, topic, type)
                && (subscription.organizationId == null || visibility.seenBy(subscription.organizationId))
                && (subscription.filterOrganizationIds.isEmpty()
                        || subscription.filterOrganizationIds.stream().anyMatch(visibility.organizations()::contains))
                && (subscription.filterCountries.isEmpty()
                        || subscription.filterCountries.contains(visibility.country()));
    }
}
