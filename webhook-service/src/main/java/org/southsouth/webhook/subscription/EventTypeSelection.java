package org.southsouth.webhook.subscription;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.southsouth.contracts.EventCatalog;
import org.southsouth.contracts.EventType;

/** What a subscription may ask for: a type of the event catalog, or every type of one topic as {@code <topic>.*}. */
public final class EventTypeSelection {

    public static final String WILDCARD = ".*";
    /** The one type a ping delivers; never on a topic, so no selector asks for it. */
    public static final String PING = "org.southsouth.webhook.Ping";

    /**
     * What a subscription may ask for, in the OpenAPI document (annotations take only constants);
     * SubscriptionResourceTest checks that the document names every type and topic of the catalog.
     */
    public static final String DESCRIPTION = "Types from the event catalog, or every type of one topic as `<topic>.*`. "
            + "`partner.organizations.*`: org.southsouth.partner.OrganizationRegistered, "
            + "org.southsouth.partner.OrganizationUpdated, org.southsouth.partner.OrganizationDeactivated; "
            + "`partner.partnerships.*`: org.southsouth.partner.PartnershipRegistered, "
            + "org.southsouth.partner.PartnershipUpdated, org.southsouth.partner.PartnershipClosed; "
            + "`volunteer.volunteers.*`: org.southsouth.volunteer.VolunteerRegistered, "
            + "org.southsouth.volunteer.VolunteerUpdated, org.southsouth.volunteer.VolunteerErased; "
            + "`volunteer.deployments.*`: org.southsouth.volunteer.DeploymentPlanned, "
            + "org.southsouth.volunteer.DeploymentUpdated; "
            + "`volunteer.service-hours.*`: org.southsouth.volunteer.ServiceHoursLogged, "
            + "org.southsouth.volunteer.ServiceHoursVerified; "
            + "`volunteer.opportunities.*`: org.southsouth.volunteer.OpportunityDrafted, "
            + "org.southsouth.volunteer.OpportunityUpdated, org.southsouth.volunteer.OpportunityPublished, "
            + "org.southsouth.volunteer.OpportunityStatusChanged; "
            + "`volunteer.applications.*`: org.southsouth.volunteer.ApplicationSubmitted, "
            + "org.southsouth.volunteer.ApplicationStatusChanged; "
            + "`events.events.*`: org.southsouth.events.EventDrafted, org.southsouth.events.EventUpdated, "
            + "org.southsouth.events.EventStatusChanged; "
            + "`events.participations.*`: org.southsouth.events.ParticipationRegistered, "
            + "org.southsouth.events.ParticipationStatusChanged; "
            + "`events.knowledge.*`: org.southsouth.events.KnowledgeProductDrafted, "
            + "org.southsouth.events.KnowledgeProductUpdated, org.southsouth.events.KnowledgeProductPublished.";

    private static final Set<String> TYPES =
            EventCatalog.ALL.stream().map(EventType::name).collect(Collectors.toSet());
    private static final Set<String> TOPICS = topics();

    private EventTypeSelection() {}

    /** The platform's topics, each with at least one type in the catalog. */
    public static Set<String> topics() {
        return EventCatalog.ALL.stream().map(EventType::topic).collect(Collectors.toCollection(TreeSet::new));
    }

    public static boolean isKnown(String selector) {
        if (selector.endsWith(WILDCARD)) {
            return TOPICS.contains(selector.substring(0, selector.length() - WILDCARD.length()));
        }
        return TYPES.contains(selector);
    }

    public static boolean selects(List<String> selectors, String topic, String type) {
        return selectors.stream().anyMatch(selector -> selector.equals(type) || selector.equals(topic + WILDCARD));
    }
}
