package org.southsouth.webhook.service;

import jakarta.transaction.TransactionScoped;
import java.util.List;
import org.southsouth.webhook.domain.Subscription;

/**
 * The enabled subscriptions, read once per transaction: the events of a poll planned in one transaction read them
 * once, not once each.
 */
@TransactionScoped
public class EnabledSubscriptions {

    private List<Subscription> enabled;

    public List<Subscription> list() {
        if (enabled == null) {
            enabled = Subscription.list("enabled", true);
        }
        return enabled;
    }
}
