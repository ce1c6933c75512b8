package org.southsouth.gateway.impact;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes partnerships, deployments and events as IATI 2.03 activities, one at a time as the services' pages come
 * in. Organizations are referenced as {@code <reporting-org-ref>-ORG-<uuid>} (the network's organizations have no
 * IATI identifiers of their own) with their name and IATI OrganisationType.
 */
final class IatiActivities {

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 4 closed, 5 cancelled. */
    private static final Map<String, String> PARTNERSHIP_STATUS = Map.of("SIGNED", "1", "ACTIVE", "2", "RENEWED", "2", "CLOSED", "4");
    private static final Map<String, String> DEPLOYMENT_STATUS = Map.of("PLANNED", "1", "ACTIVE", "2", "EXTENDED", "2",
            "COMPLETED", "4", "ENDED_EARLY", "4", "CANCELLED", "5");
    private static final Map<String, String> EVENT_STATUS = Map.of("OPEN", "1", "CLOSED", "2", "COMPLETED", "4", "CANCELLED", "5");
    /** IATI OrganisationRole codes. */
    private static final Map<String, String> ROLE = Map.of("FUNDING", "1", "ACCOUNTABLE", "2", "EXTENDING", "3", "IMPLEMENTING", "4");
    private static final Set<String> STARTED = Set.of("ACTIVE", "EXTENDED", "COMPLETED", "ENDED_EARLY");

    record Organization(String name, String type) {
    }

    private final XMLStreamWriter xml;
    private final ImpactConfig.Iati publisher;
    private final Map<String, Organization> organizations;

    IatiActivities(OutputStream out, ImpactConfig.Iati publisher, Map<String, Organization> organizations) throws XMLStreamException {
        this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        this.publisher = publisher;
        this.organizations = organizations;
    }

    void begin() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
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
        description(text(p, "description"));
        for (JsonNode party : p.path("parties")) {
            participatingOrg(text(party, "organizationId"), ROLE.get(party.path("role").asText()));
        }
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", status);
        date("1", text(p, "startsOn"));
        date("2", text(p, "activatedOn"));
        date("3", text(p, "endsOn"));
        date("4", text(p, "closedOn"));
        countries(values(p.path("countries")));
        tags("2", values(p.path("sdgGoals")));
        tags("3", values(p.path("sdgTargets")));
        xml.writeEndElement();
    }

    void deployment(JsonNode d) throws XMLStreamException {
        String status = text(d, "status");
        begin("DEPLOYMENT", d);
        narrative("title", humanize(text(d, "programme")) + ": " + text(d, "role"));
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
        tags("2", values(d.path("sdgs")));
        xml.writeEndElement();
    }

    void event(JsonNode e) throws XMLStreamException {
        String status = EVENT_STATUS.get(text(e, "status"));
        if (status == null) {
            return;
        }
        begin("EVENT", e);
        narrative("title", text(e, "title"));
        description(text(e, "description"));
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
        if (!e.path("online").asBoolean() && text(e, "country") != null) {
            countries(List.of(text(e, "country")));
        }
        tags("2", values(e.path("sdgs")));
        xml.writeEndElement();
    }

    private void begin(String kind, JsonNode record) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        String updated = text(record, "updatedAt");
        if (updated != null) {
            xml.writeAttribute("last-updated-datetime", Instant.parse(updated).atOffset(ZoneOffset.UTC).withNano(0).toString());
        }
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
        xml.writeAttribute("ref", publisher.reportingOrgRef() + "-ORG-" + id);
        xml.writeAttribute("role", role);
        if (organization != null && organization.type() != null) {
            xml.writeAttribute("type", organization.type());
        }
        if (organization != null) {
            narrative(organization.name());
        }
        xml.writeEndElement();
    }

    private void countries(List<String> codes) throws XMLStreamException {
        List<String> present = codes.stream().filter(c -> c != null && !c.isBlank()).toList();
        for (int i = 0; i < present.size(); i++) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", present.get(i));
            // IATI wants percentages summing to 100 when there are several; the records say nothing, so equal shares.
            int share = 100 / present.size() + (i < 100 % present.size() ? 1 : 0);
            xml.writeAttribute("percentage", Integer.toString(share));
        }
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

    private void description(String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The day of a local date-time at the venue (an event's dates are the venue's). */
    private static String day(String localDateTime) {
        return localDateTime == null ? null : localDateTime.substring(0, 10);
    }

    private static String humanize(String code) {
        return code == null ? "Deployment" : code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
