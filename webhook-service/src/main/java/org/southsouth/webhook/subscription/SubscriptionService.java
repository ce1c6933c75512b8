package org.southsouth.webhook.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.failure.MalformedInput;
import org.southsouth.rest.ETags;
import org.southsouth.rest.Page;
import org.southsouth.rest.ValidBodies;
import org.southsouth.webhook.config.WebhookSettings;

/** Subscriptions: creation with a fresh secret, merge-patch updates, removal and secret rotation. */
@ApplicationScoped
public class SubscriptionService {

    @Inject
    SubscriptionAccess access;

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    TargetUrlGuard guard;

    @Inject
    WebhookSettings settings;

    @Inject
    ValidBodies bodies;

    @Transactional
    public Subscription create(NewSubscription request) {
        if (request == null) {
            throw new MalformedInput("A JSON body is required");
        }
        UUID owner = access.ownerOfNew(request.organizationId());
        SubscriptionFields fields = SubscriptionCheck.valid(request.fields(), guard);
        Instant now = Instant.now();
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.organizationId = owner;
        subscription.secret = SigningSecret.generate();
        subscription.createdBy = access.clientId();
        subscription.createdAt = now;
        apply(fields, subscription, now);
        subscription.persist();
        return subscription;
    }

    public Page<Subscription> list(Boolean enabled, int page, int size) {
        return subscriptions.page(access.scope(), enabled, page, size);
    }

    public Subscription get(UUID id) {
        return access.visible(id);
    }

    /** Applies a JSON merge patch; a patch that changes nothing changes no revision. */
    @Transactional
    public Subscription update(UUID id, String ifMatch, JsonNode patch) {
        Subscription subscription = access.visibleForUpdate(id);
        ETags.requireMatch(ifMatch, subscription.revision());
        SubscriptionFields current = fieldsOf(subscription);
        SubscriptionFields changed =
                SubscriptionCheck.valid(bodies.patched(current, patch, SubscriptionFields.class), guard);
        if (!changed.equals(current)) {
            apply(changed, subscription, Instant.now());
            Subscription.flush();
        }
        return subscription;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Subscription subscription = access.visibleForUpdate(id);
        ETags.requireMatch(ifMatch, subscription.revision());
        subscription.delete();
    }

    /** A new secret; the one it replaces keeps signing for the rotation overlap (the one before that stops now). */
    @Transactional
    public Subscription rotateSecret(UUID id) {
        Subscription subscription = access.visibleForUpdate(id);
        Instant now = Instant.now();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretExpiresAt = now.plus(settings.delivery().rotationOverlap());
        subscription.secret = SigningSecret.generate();
        subscription.updatedAt = now;
        Subscription.flush();
        return subscription;
    }

    static SubscriptionFields fieldsOf(Subscription s) {
        return new SubscriptionFields(
                s.url,
                List.copyOf(s.eventTypes),
                new EventFilter(List.copyOf(s.filterOrganizationIds), List.copyOf(s.filterCountries)),
                s.description,
                s.enabled);
    }

    private static void apply(SubscriptionFields fields, Subscription subscription, Instant now) {
        if (fields.enabled() && !subscription.enabled) {
            subscription.disabledReason = null;
            subscription.disabledAt = null;
        }
        subscription.url = fields.url();
        subscription.eventTypes = fields.eventTypes();
        subscription.filterOrganizationIds = fields.filter().organizationIds();
        subscription.filterCountries = fields.filter().countries();
        subscription.description = fields.description();
        subscription.enabled = fields.enabled();
        subscription.updatedAt = now;
    }
}
