package org.southsouth.events.knowledge;

import static org.southsouth.events.config.Bsons.date;
import static org.southsouth.events.config.Bsons.instant;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.southsouth.events.config.Bsons;

/** Maps knowledge products to and from documents; the same shape serves the current state and each kept version. */
public final class KnowledgeDocuments {

    static final String KEYWORDS = "keywords";

    private KnowledgeDocuments() {}

    /** The versioned state of the product: everything but its id, history, keywords and outbox. */
    static Document state(KnowledgeProduct p) {
        KnowledgeContent c = p.content();
        return new Document("kind", c.kind().name())
                .append("title", c.title())
                .append("type", c.type())
                .append("scope", c.scope() == null ? null : c.scope().name())
                .append("leadOrganizationIds", Bsons.ids(c.leadOrganizationIds()))
                .append("year", c.year())
                .append("country", c.country())
                .append("region", c.region() == null ? null : c.region().name())
                .append("sdgs", c.sdgs())
                .append("overview", c.overview())
                .append("sdgContributionHighlights", c.sdgContributionHighlights())
                .append("lessonsLearned", c.lessonsLearned())
                .append("successFactors", c.successFactors())
                .append("languages", c.languages())
                .append("links", c.links())
                .append("reviewStatus", p.reviewStatus().name())
                .append("version", p.version())
                .append("createdAt", date(p.createdAt()))
                .append("updatedAt", date(p.updatedAt()));
    }

    /** The words the product is found by, in whatever languages its texts are written. */
    static List<String> keywords(KnowledgeContent c) {
        return SearchKeywords.of(Stream.of(
                        c.title(),
                        c.type(),
                        c.overview(),
                        c.sdgContributionHighlights(),
                        c.lessonsLearned(),
                        c.successFactors())
                .toList());
    }

    public static KnowledgeProduct fromDocument(UUID id, Document d) {
        String scope = d.getString("scope");
        String region = d.getString("region");
        KnowledgeContent content = new KnowledgeContent(
                KnowledgeKind.valueOf(d.getString("kind")),
                d.getString("title"),
                d.getString("type"),
                scope == null ? null : Scope.valueOf(scope),
                Bsons.uuids(d.getList("leadOrganizationIds", String.class)),
                d.getInteger("year"),
                d.getString("country"),
                region == null ? null : Region.valueOf(region),
                Bsons.list(d, "sdgs", Integer.class),
                d.getString("overview"),
                d.getString("sdgContributionHighlights"),
                d.getString("lessonsLearned"),
                d.getString("successFactors"),
                Bsons.list(d, "languages", String.class),
                Bsons.list(d, "links", String.class));
        return new KnowledgeProduct(
                id,
                content,
                ReviewStatus.valueOf(d.getString("reviewStatus")),
                Bsons.number(d, "version"),
                instant(d.getDate("createdAt")),
                instant(d.getDate("updatedAt")));
    }
}
