package org.southsouth.events.event;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.access.Visibility;
import org.southsouth.events.config.Bsons;

/** The query of the event list: the events an {@link EventFilter} names among those the caller sees, each filter backed by an index. */
final class EventQuery {

    private EventQuery() {}

    static Bson of(EventFilter c, Visibility visibility) {
        List<Bson> filters = new ArrayList<>();
        if (!visibility.everything()) {
            Bson notDraft = ne("status", EventStatus.DRAFT.name());
            filters.add(
                    visibility.organizationId() == null
                            ? notDraft
                            : or(
                                    notDraft,
                                    eq(
                                            "hostOrganizationId",
                                            visibility.organizationId().toString())));
        }
        add(filters, "kind", c.kind() == null ? null : c.kind().name());
        add(filters, "status", c.status() == null ? null : c.status().name());
        add(filters, "country", c.country());
        add(filters, "sdgs", c.sdg());
        add(filters, "hostOrganizationId", Bsons.id(c.hostOrganizationId()));
        add(filters, "online", c.online());
        add(filters, "languages", c.language());
        add(filters, "year", c.year());
        if (c.organizationId() != null) {
            String org = c.organizationId().toString();
            filters.add(or(eq("hostOrganizationId", org), in("partnerOrganizationIds", org)));
        }
        if (c.startsFrom() != null) {
            filters.add(gte("startsAt", Bsons.date(c.startsFrom())));
        }
        if (c.startsBefore() != null) {
            filters.add(lt("startsAt", Bsons.date(c.startsBefore())));
        }
        if (c.updatedSince() != null) {
            filters.add(gte("updatedAt", Bsons.date(c.updatedSince())));
        }
        return filters.isEmpty() ? new Document() : and(filters);
    }

    private static void add(List<Bson> filters, String field, Object value) {
        if (value != null) {
            filters.add(eq(field, value));
        }
    }
}
