package org.southsouth.events.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.EventsServiceOutbox;
import org.southsouth.events.messaging.OrganizationReferences;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;

/**
 * Knowledge products through review: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED. Every change makes a new
 * version and keeps the one before it, readable by number.
 */
@ApplicationScoped
public class KnowledgeProductService {

    private static final int MAX_ATTEMPTS = 10;
    private static final String LEADS = "leadOrganizationIds";

    @Inject
    KnowledgeProductStore store;

    @Inject
    EventsServiceOutbox outbox;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    OrganizationReferences organizations;

    @Inject
    KnowledgeAccess access;

    public KnowledgeProduct draft(KnowledgeContent content) {
        access.requireLead(content);
        organizations.requireKnown(LEADS, content.leadOrganizationIds());
        Instant now = Instant.now();
        KnowledgeProduct product = new KnowledgeProduct(UUID.randomUUID(), content, ReviewStatus.DRAFT, 1, now, now);
        store.insert(product, outbox.of(EventsServiceEvents.KNOWLEDGE_PRODUCT_DRAFTED, product));
        relay.wake();
        return product;
    }

    /** The product, if the caller may see it (404 for an unpublished product of others, as if it did not exist). */
    public KnowledgeProduct get(UUID id) {
        KnowledgeProduct product = store.find(id);
        if (product == null || !access.sees(product)) {
            throw new NotFound("Knowledge product", id);
        }
        return product;
    }

    public KnowledgeProduct update(UUID id, String ifMatch, UnaryOperator<KnowledgeContent> change) {
        return apply(id, ifMatch, current -> access.requireLead(current.content()), current -> {
            if (!current.reviewStatus().editable()) {
                throw new StateConflict("An ARCHIVED knowledge product can no longer be changed");
            }
            KnowledgeContent content = change.apply(current.content());
            access.requireLead(content);
            organizations.requireKnown(LEADS, content.leadOrganizationIds());
            return new KnowledgeProduct(
                    id, content, current.reviewStatus(), current.version() + 1, current.createdAt(), Instant.now());
        });
    }

    public KnowledgeProduct changeReviewStatus(UUID id, String ifMatch, ReviewStatus status) {
        return apply(id, ifMatch, current -> access.requireReviewer(), current -> {
            if (current.reviewStatus() == status) {
                return current;
            }
            if (!current.reviewStatus().canBecome(status)) {
                throw new StateConflict(
                        "A knowledge product cannot go from " + current.reviewStatus() + " to " + status);
            }
            return new KnowledgeProduct(
                    id, current.content(), status, current.version() + 1, current.createdAt(), Instant.now());
        });
    }

    /** One version; versions before publication only staff and the lead organizations see. */
    public KnowledgeProduct version(UUID id, long version) {
        KnowledgeProduct current = get(id);
        return store.version(id, version)
                .filter(v -> access.sees(current, v))
                .orElseThrow(() -> new NotFound("Version", version + " of knowledge product " + id));
    }

    public List<KnowledgeProduct> versions(UUID id) {
        KnowledgeProduct current = get(id);
        return store.versions(id).stream().filter(v -> access.sees(current, v)).toList();
    }

    public List<KnowledgeProduct> page(KnowledgeFilter filter, String sort, int page, int size) {
        return store.page(filter, access.visibility(), sort, page, size);
    }

    public long count(KnowledgeFilter filter) {
        return store.count(filter, access.visibility());
    }

    /** {@code authorize} refuses (403) before the version is compared, so a refused caller learns nothing from 412. */
    private KnowledgeProduct apply(
            UUID id, String ifMatch, Consumer<KnowledgeProduct> authorize, UnaryOperator<KnowledgeProduct> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            KnowledgeProduct current = get(id);
            authorize.accept(current);
            ETags.requireMatch(ifMatch, current.version());
            KnowledgeProduct next = change.apply(current);
            if (next == current) {
                return current;
            }
            EventType type =
                    next.reviewStatus() == ReviewStatus.PUBLISHED && current.reviewStatus() != ReviewStatus.PUBLISHED
                            ? EventsServiceEvents.KNOWLEDGE_PRODUCT_PUBLISHED
                            : EventsServiceEvents.KNOWLEDGE_PRODUCT_UPDATED;
            if (store.replace(current, next, outbox.of(type, next))) {
                relay.wake();
                return next;
            }
        }
        throw new StateConflict("The knowledge product kept changing while this change was applied; try again");
    }
}
