package org.southsouth.partner.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.southsouth.failure.InvalidTransition;
import org.southsouth.reference.Countries;
import org.southsouth.reference.Country;
import org.southsouth.reference.UndpRegion;

/** A member or prospective member of the network: a VIO, government body, UN agency, foundation, university. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The name in other languages, by BCP 47 tag ({@code zh}, {@code en}, {@code zh-Hant} …). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "name_translations", nullable = false)
    public Map<String, String> nameTranslations = new LinkedHashMap<>();

    public String acronym;

    /** IATI OrganisationType code, e.g. {@code 22} for a national NGO. */
    @Column(nullable = false)
    public String type;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false)
    public String country;

    /** UN M49 sub-region of the country. */
    public String subregion;

    /** UNDP grouping of the country; null where UNDP does not group it. */
    @Enumerated(EnumType.STRING)
    public UndpRegion region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "integer[]")
    public List<Integer> sdgs = new ArrayList<>();

    public String website;

    /** Runs the network: its partnerships in force define who is "connected". */
    @Column(nullable = false)
    public boolean hub;

    @Column(name = "joined_network_on")
    public LocalDate joinedNetworkOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationStatus status;

    /** Lower-cased name, acronym and translations: what the trigram index searches. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    /** The day it took its current status; null when that predates the day being kept. */
    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Counts changes from 1 (registration); it is the ETag and the sequence of the event the change publishes. */
    public long revision() {
        return version + 1;
    }

    /** Sets the country and what derives from it. */
    public void locateIn(String countryCode) {
        Country place = Countries.of(countryCode);
        country = place.code();
        subregion = place.m49SubRegion();
        region = place.undpRegion();
    }

    /**
     * Keeps the status or moves along the life cycle on the given day; an active member always has the date it
     * joined (that day unless known).
     */
    public void changeStatus(OrganizationStatus target, LocalDate on) {
        if (target != status) {
            moveTo(target, on);
        } else if (status == OrganizationStatus.ACTIVE && joinedNetworkOn == null) {
            joinedNetworkOn = on;
        }
    }

    /** A step of the life cycle on the given day; staying where it is, is not a step. */
    public void moveTo(OrganizationStatus target, LocalDate on) {
        if (!status.canBecome(target)) {
            throw new InvalidTransition("Organization", status, target, status.next());
        }
        status = target;
        statusChangedOn = on;
        if (status == OrganizationStatus.ACTIVE && joinedNetworkOn == null) {
            joinedNetworkOn = on;
        }
    }

    /** Whether it took this step on this day: repeating it changes nothing. */
    public boolean tookStep(OrganizationStatus target, LocalDate on) {
        return status == target && on.equals(statusChangedOn);
    }

    public void indexWords() {
        StringBuilder words = new StringBuilder(name);
        if (acronym != null) {
            words.append('\n').append(acronym);
        }
        nameTranslations.values().forEach(translation -> words.append('\n').append(translation));
        searchText = words.toString().toLowerCase(Locale.ROOT);
    }
}
