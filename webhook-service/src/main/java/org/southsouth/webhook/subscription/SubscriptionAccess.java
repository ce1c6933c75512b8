package org.southsouth.webhook.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.southsouth.failure.Forbidden;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.RefusedField;
import org.southsouth.security.Caller;

/**
 * Who manages which subscription: staff every one, a partner those of its own organization. To a partner another
 * organization's subscription does not exist (404), so ids reveal nothing; other roles may not use webhooks.
 */
@ApplicationScoped
public class SubscriptionAccess {

    @Inject
    Caller caller;

    @Inject
    SubscriptionStore subscriptions;

    /** The organization a partner acts for; empty for staff, who see all. 403 for anyone else. */
    public Optional<UUID> scope() {
        if (caller.isStaff()) {
            return Optional.empty();
        }
        return Optional.of(caller.partnerOrganization()
                .orElseThrow(() -> new Forbidden(
                        "Only network staff and partner organizations may manage webhook subscriptions.")));
    }

    /** The organization a new subscription is for: a partner's own, or whatever staff name (none: network-wide). */
    public UUID ownerOfNew(UUID asked) {
        Optional<UUID> own = scope();
        if (own.isEmpty() || asked == null || own.get().equals(asked)) {
            return own.orElse(asked);
        }
        String message = "must be the caller's own organization";
        throw new Forbidden(
                "A partner subscribes only for its own organization.",
                List.of(new RefusedField("organizationId", message)));
    }

    public Subscription visible(UUID id) {
        return visible(id, subscriptions::find);
    }

    /** As {@link #visible(UUID)}, locked for the use case that changes it (until its transaction ends). */
    public Subscription visibleForUpdate(UUID id) {
        return visible(id, subscriptions::findForUpdate);
    }

    private Subscription visible(UUID id, Function<UUID, Subscription> load) {
        Optional<UUID> own = scope();
        Subscription subscription = load.apply(id);
        if (subscription == null || own.isPresent() && !own.get().equals(subscription.organizationId)) {
            throw new NotFound("Webhook subscription", id);
        }
        return subscription;
    }

    public String clientId() {
        return caller.clientId();
    }
}
