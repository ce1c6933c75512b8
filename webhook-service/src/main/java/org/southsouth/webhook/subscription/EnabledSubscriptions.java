package org.southsouth.webhook.subscription;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.util.List;

/**
 * The enabled subscriptions, read once per transaction: the events of a poll planned in one transaction read them
 * once, not once each; and loaded only when there is one, which a plain query tells more cheaply than loading none.
 */
@TransactionScoped
public class EnabledSubscriptions {

    @Inject
    SubscriptionStore subscriptions;

    private List<Subscription> enabled;

    public List<Subscription> list() {
        if (enabled == null) {
            enabled = subscriptions.anyEnabled() ? subscriptions.enabled() : List.of();
        }
        return enabled;
    }
}
