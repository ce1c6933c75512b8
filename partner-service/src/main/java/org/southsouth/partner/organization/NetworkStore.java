package org.southsouth.partner.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.southsouth.partner.partnership.PartnershipKind;
import org.southsouth.partner.partnership.PartnershipStatus;
import org.southsouth.partner.sql.SqlReader;
import org.southsouth.partner.statistics.ConnectedOrganizations;

/** The network view of one organization: its partners through signed (non-DRAFT) partnerships. */
@ApplicationScoped
public class NetworkStore {

    private static final String LINKS = """
            SELECT o.id, o.name, o.acronym, o.country, o.hub,
                   p.id AS partnership_id, p.title, p.kind, p.status, p.starts_on, p.ends_on, p.signed_on,
                   array_agg(DISTINCT other.role ORDER BY other.role) AS roles
            FROM partnership_party mine
            JOIN partnership p ON p.id = mine.partnership_id AND p.status <> 'DRAFT'
            JOIN partnership_party other ON other.partnership_id = p.id AND other.organization_id <> mine.organization_id
            JOIN organization o ON o.id = other.organization_id
            WHERE mine.organization_id = ?
            GROUP BY o.id, p.id
            ORDER BY o.name, o.id, coalesce(p.signed_on, p.starts_on), p.id
            """;

    @Inject
    SqlReader sql;

    @Inject
    ConnectedOrganizations connected;

    public OrganizationNetwork of(UUID organizationId) {
        Map<UUID, List<Row>> byPartner = new LinkedHashMap<>();
        sql.list(LINKS, NetworkStore::row, organizationId)
                .forEach(row -> byPartner
                        .computeIfAbsent(row.partnerId, k -> new ArrayList<>())
                        .add(row));
        List<OrganizationNetwork.Connection> connections =
                byPartner.values().stream().map(NetworkStore::connection).toList();
        return new OrganizationNetwork(organizationId, connected.isConnected(organizationId), connections);
    }

    private static OrganizationNetwork.Connection connection(List<Row> rows) {
        Row first = rows.get(0);
        LocalDate since = rows.stream()
                .map(r -> r.link.signedOn() != null ? r.link.signedOn() : r.link.startsOn())
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        boolean inForce = rows.stream().anyMatch(r -> r.link.status().inForce());
        return new OrganizationNetwork.Connection(
                first.partnerId,
                first.name,
                first.acronym,
                first.country,
                first.hub,
                since,
                inForce,
                rows.stream().map(r -> r.link).toList());
    }

    private static Row row(ResultSet rs) throws SQLException {
        OrganizationNetwork.Link link = new OrganizationNetwork.Link(
                rs.getObject("partnership_id", UUID.class),
                rs.getString("title"),
                PartnershipKind.valueOf(rs.getString("kind")),
                PartnershipStatus.valueOf(rs.getString("status")),
                Arrays.asList((String[]) rs.getArray("roles").getArray()),
                date(rs.getDate("starts_on")),
                date(rs.getDate("ends_on")),
                date(rs.getDate("signed_on")));
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("acronym"),
                rs.getString("country"),
                rs.getBoolean("hub"),
                link);
    }

    private static LocalDate date(Date value) {
        return value == null ? null : value.toLocalDate();
    }

    private record Row(
            UUID partnerId, String name, String acronym, String country, boolean hub, OrganizationNetwork.Link link) {}
}
