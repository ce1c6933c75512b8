package org.southsouth.events.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.southsouth.events.access.Visibility;
import org.southsouth.failure.Forbidden;
import org.southsouth.security.Caller;

/**
 * Who may see and write which knowledge product: published and archived versions every caller reads; drafts and
 * products in review only network staff and the lead organizations' partners see. Staff and lead organizations
 * write; only staff move products through review.
 */
@ApplicationScoped
public class KnowledgeAccess {

    @Inject
    Caller caller;

    /** Staff, or a partner of one of the lead organizations. */
    public boolean leads(KnowledgeContent content) {
        return caller.actsForAny(Set.copyOf(content.leadOrganizationIds()));
    }

    public boolean sees(KnowledgeProduct product) {
        return sees(product, product);
    }

    /** Whether the caller may read {@code version} of a product whose current state is {@code current}. */
    public boolean sees(KnowledgeProduct current, KnowledgeProduct version) {
        return ReviewStatus.PUBLIC.contains(version.reviewStatus()) || leads(current.content());
    }

    public Visibility visibility() {
        return caller.isStaff()
                ? Visibility.EVERYTHING
                : Visibility.publishedAndOwn(caller.partnerOrganization().orElse(null));
    }

    /** 403 unless staff or a partner of one of {@code content}'s lead organizations. */
    public void requireLead(KnowledgeContent content) {
        if (!leads(content)) {
            throw new Forbidden("Only network staff and partners of a product's lead organizations may write it; "
                    + "a partner stays among the lead organizations of what it writes.");
        }
    }

    public void requireReviewer() {
        caller.requireStaff("move knowledge products through review");
    }
}
