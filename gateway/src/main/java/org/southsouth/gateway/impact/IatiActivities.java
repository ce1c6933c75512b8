package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes partnerships, deployments and events as IATI 2.03 activities, valid against the activity schema, one at a
 * time as the services' pages come in.
 * <ul>
 * <li>Every activity has a description: the record's own, or one composed from what the record says (IATI requires
 * one; deployments have none of their own).</li>
 * <li>Narratives are English by default ({@code xml:lang="en"} on the activity, the language of the composed texts);
 * a narrative written in Chinese script says {@code xml:lang="zh"} ({@link NarrativeLanguage}).</li>
 * <li>SDGs are sectors, vocabulary 7 (goals) and 8 (targets) with equal percentages per vocabulary, and also tags,
 * vocabulary 2 and 3, as the IATI SDG guidance allows either.</li>
 * <li>Participating organisations carry their name and IATI OrganisationType but no {@code ref}: the network
 * holds no registration-agency identifier for them, and IATI asks to leave {@code ref} out rather than invent
 * one. The reporting organisation's {@code ref} is configured ({@code impact.iati.reporting-org-ref}).</li>
 * </ul>
 */
final class IatiActivities {

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 4 closed, 5 cancelled. */
    private static final Map<String, String> PARTNERSHIP_STATUS =
            Map.of("SIGNED", "1", "ACTIVE", "2", "RENEWED", "2", "CLOSED", "4");

    private static final Map<String, String> DEPLOYMENT_STATUS = Map.of(
            "PLANNED", "1", "ACTIVE", "2", "EXTENDED", "2", "COMPLETED", "4", "ENDED_EARLY", "4", "CANCELLED", "5");
    private static final Map<String, String> EVENT_STATUS =
            Map.of("OPEN", "1", "CLOSED", "2", "COMPLETED", "4", "CANCELLED", "5");
    /** IATI OrganisationRole codes. */
    private static final Map<String, String> ROLE =
            Map.of("FUNDING", "1", "ACCOUNTABLE", "2", "EXTENDING", "3", "IMPLEMENTING", "4");

    private static final Set<String> STARTED = Set.of("ACTIVE", "EXTENDED", "COMPLETED", "ENDED_EARLY");
    /** xsd:dateTime needs the seconds, which ISO-8601 printing of a whole minute leaves out. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private static final String DEFAULT_LANGUAGE = "en";
    /** IATI SectorVocabulary and TagVocabulary codes for SDG goals and targets. */
    private static final String SECTOR_SDG_GOAL = "7";

    private static final String SECTOR_SDG_TARGET = "8";
    private static final String TAG_SDG_GOAL = "2";
    private static final String TAG_SDG_TARGET = "3";

    record Organization(String name, String type) {}

    private final XMLStreamWriter xml;
    private final ImpactConfig.Iati publisher;
    private final Map<String, Organization> organizations;

    IatiActivities(OutputStream out, ImpactConfig.Iati publisher, Map<String, Organization> organizations)
            throws XMLStreamException {
        this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        this.publisher = publisher;
        this.organizations = organizations;
    }

    void begin() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    void partnership(JsonNode p) throws XMLStreamException {
        String status = PARTNERSHIP_STATUS.get(p.path("status").asText());
        if (status == null) {
            return;
        }
        begin("PARTNERSHIP", p);
        narrative("title", text(p, "title"));
        description(
                text(p, "description"),
                humanize(text(p, "kind"), "Partnership") + " between "
                        + String.join(
                                ", ",
                                p.path("parties").findValuesAsText("organizationId").stream()
                                        .map(this::nameOf)
                                        .toList())
                        + period(text(p, "startsOn"), text(p, "endsOn")));
        for (JsonNode party : p.path("parties")) {
            participatingOrg(
                    text(party, "organizationId"), ROLE.get(party.path("role").asText()));
        }
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", status);
        // IATI requires a date; an agreement signed without a start date is planned to start from its signing.
        date("1", text(p, "startsOn") != null ? text(p, "startsOn") : text(p, "signedOn"));
        date("2", text(p, "activatedOn"));
        date("3", text(p, "endsOn"));
        date("4", text(p, "closedOn"));
        countries(values(p.path("countries")));
        sdgs(values(p.path("sdgGoals")), values(p.path("sdgTargets")));
        xml.writeEndElement();
    }

    void deployment(JsonNode d) throws XMLStreamException {
        String status = text(d, "status");
        begin("DEPLOYMENT", d);
        narrative("title", humanize(text(d, "programme"), "Deployment") + ": " + text(d, "role"));
        description(
                null,
                "A volunteer sent by " + nameOf(text(d, "sendingOrganizationId")) + " to "
                        + nameOf(text(d, "hostOrganizationId")) + " in " + text(d, "country") + " as " + text(d, "role")
                        + period(text(d, "plannedStart"), text(d, "plannedEnd")));
        participatingOrg(text(d, "sendingOrganizationId"), ROLE.get("EXTENDING"));
        participatingOrg(text(d, "hostOrganizationId"), ROLE.get("IMPLEMENTING"));
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", DEPLOYMENT_STATUS.getOrDefault(status, "1"));
        date("1", text(d, "plannedStart"));
        if (STARTED.contains(status)) {
            date("2", text(d, "plannedStart"));
        }
        date("3", text(d, "plannedEnd"));
        if ("COMPLETED".equals(status)) {
            date("4", text(d, "plannedEnd"));
        }
        date("4", text(d, "endedOn"));
        countries(List.of(text(d, "country")));
        sdgs(values(d.path("sdgs")), List.of());
        xml.writeEndElement();
    }

    void event(JsonNode e) throws XMLStreamException {
        String status = EVENT_STATUS.get(text(e, "status"));
        if (status == null) {
            return;
        }
        begin("EVENT", e);
        narrative("title", text(e, "title"));
        boolean onSite = !e.path("online").asBoolean() && text(e, "country") != null;
        description(
                text(e, "description"),
                humanize(text(e, "kind"), "Event") + " hosted by "
                        + nameOf(text(e, "hostOrganizationId")) + (onSite ? " in " + text(e, "country") : " online")
                        + period(day(text(e, "localStart")), day(text(e, "localEnd"))));
        participatingOrg(text(e, "hostOrganizationId"), ROLE.get("ACCOUNTABLE"));
        for (String partner : values(e.path("partnerOrganizationIds"))) {
            participatingOrg(partner, ROLE.get("IMPLEMENTING"));
        }
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", status);
        date("1", day(text(e, "localStart")));
        date("3", day(text(e, "localEnd")));
        if ("4".equals(status)) {
            date("2", day(text(e, "localStart")));
            date("4", day(text(e, "localEnd")));
        }
        if (onSite) {
            countries(List.of(text(e, "country")));
        }
        sdgs(values(e.path("sdgs")), List.of());
        xml.writeEndElement();
    }

    private void begin(String kind, JsonNode record) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        String updated = text(record, "updatedAt");
        if (updated != null) {
            xml.writeAttribute(
                    "last-updated-datetime",
                    DATE_TIME.format(Instant.parse(updated).atOffset(ZoneOffset.UTC)));
        }
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", DEFAULT_LANGUAGE);
        xml.writeAttribute("hierarchy", "1");
        xml.writeStartElement("iati-identifier");
        xml.writeCharacters(publisher.reportingOrgRef() + "-" + kind + "-" + text(record, "id"));
        xml.writeEndElement();
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", publisher.reportingOrgRef());
        xml.writeAttribute("type", publisher.reportingOrgType());
        narrative(publisher.reportingOrgName());
        xml.writeEndElement();
    }

    private void participatingOrg(String id, String role) throws XMLStreamException {
        if (id == null) {
            return;
        }
        Organization organization = organizations.get(id);
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        if (organization != null && organization.type() != null) {
            xml.writeAttribute("type", organization.type());
        }
        narrative(nameOf(id));
        xml.writeEndElement();
    }

    private void countries(List<String> codes) throws XMLStreamException {
        List<String> present =
                codes.stream().filter(c -> c != null && !c.isBlank()).toList();
        for (int i = 0; i < present.size(); i++) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", present.get(i));
            xml.writeAttribute("percentage", share(i, present.size()));
        }
    }

    private void sdgs(List<String> goals, List<String> targets) throws XMLStreamException {
        sectors(SECTOR_SDG_GOAL, goals);
        sectors(SECTOR_SDG_TARGET, targets);
        tags(TAG_SDG_GOAL, goals);
        tags(TAG_SDG_TARGET, targets);
    }

    private void sectors(String vocabulary, List<String> codes) throws XMLStreamException {
        for (int i = 0; i < codes.size(); i++) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", vocabulary);
            xml.writeAttribute("code", codes.get(i));
            xml.writeAttribute("percentage", share(i, codes.size()));
        }
    }

    /** IATI wants percentages summing to 100 when there are several; the records say nothing, so equal shares. */
    private static String share(int index, int count) {
        return Integer.toString(100 / count + (index < 100 % count ? 1 : 0));
    }

    private void tags(String vocabulary, List<String> codes) throws XMLStreamException {
        for (String code : codes) {
            xml.writeEmptyElement("tag");
            xml.writeAttribute("vocabulary", vocabulary);
            xml.writeAttribute("code", code);
        }
    }

    private void date(String type, String isoDate) throws XMLStreamException {
        if (isoDate == null) {
            return;
        }
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", LocalDate.parse(isoDate).toString());
    }

    private void narrative(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** A general description: the record's own, or else the one composed from what the record says. */
    private void description(String own, String composed) throws XMLStreamException {
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(own == null || own.isBlank() ? composed : own);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        String language = NarrativeLanguage.of(text);
        if (language != null) {
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private String nameOf(String organizationId) {
        Organization organization = organizations.get(organizationId);
        return organization == null ? "organization " + organizationId : organization.name();
    }

    private static String period(String from, String to) {
        return (from == null ? "" : ", from " + from) + (to == null ? "" : " to " + to) + ".";
    }

    /** The day of a local date-time at the venue (an event's dates are the venue's). */
    private static String day(String localDateTime) {
        return localDateTime == null ? null : localDateTime.substring(0, 10);
    }

    private static String humanize(String code, String absent) {
        return code == null
                ? absent
                : code.charAt(0)
                        + code.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
