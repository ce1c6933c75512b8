package org.southsouth.partner.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.southsouth.failure.InvalidTransition;
import org.southsouth.reference.Countries;
import org.southsouth.reference.Country;

/** An agreement between two or more organizations of the network. */
@Entity
@Table(name = "partnership")
public class Partnership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "partnership_party", joinColumns = @JoinColumn(name = "partnership_id"))
    @BatchSize(size = 200)
    public List<PartnershipParty> parties = new ArrayList<>();

    /** SDG targets in {@code 4.7} form. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets", nullable = false, columnDefinition = "text[]")
    public List<String> sdgTargets = new ArrayList<>();

    /** The goals of the targets, kept for filtering and statistics. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_goals", nullable = false, columnDefinition = "integer[]")
    public List<Integer> sdgGoals = new ArrayList<>();

    /** ISO 3166-1 alpha-2 codes of the countries the agreement works in. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> countries = new ArrayList<>();

    /** UNDP regions of those countries, kept for filtering. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> regions = new ArrayList<>();

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "activated_on")
    public LocalDate activatedOn;

    @Column(name = "renewed_on")
    public LocalDate renewedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PartnershipDocument> documents = new ArrayList<>();

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public long revision() {
        return version + 1;
    }

    public void workIn(List<String> countryCodes) {
        countries = new ArrayList<>(countryCodes);
        regions = new ArrayList<>(countryCodes.stream()
                .map(Countries::of)
                .map(Country::undpRegion)
                .filter(Objects::nonNull)
                .map(Enum::name)
                .distinct()
                .sorted()
                .toList());
    }

    public void aimAt(List<String> targets) {
        sdgTargets = new ArrayList<>(targets);
        sdgGoals = new ArrayList<>(targets.stream()
                .map(t -> SdgTarget.parse(t).orElseThrow().goal())
                .distinct()
                .sorted()
                .toList());
    }

    public void indexWords() {
        searchText = title.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code target} on {@code on} is the step last taken, repeated (a retry): it changes nothing. */
    public boolean tookStep(PartnershipStatus target, LocalDate on, LocalDate newEnd) {
        return status == target && on.equals(dateOf(target)) && (newEnd == null || newEnd.equals(endsOn));
    }

    private LocalDate dateOf(PartnershipStatus step) {
        return switch (step) {
            case SIGNED -> signedOn;
            case ACTIVE -> activatedOn;
            case RENEWED -> renewedOn;
            case CLOSED -> closedOn;
            case DRAFT -> null;
        };
    }

    /**
     * Moves along the life cycle and records the date of the step ({@code on}); a renewal may extend the end.
     */
    public void changeStatus(PartnershipStatus target, LocalDate on, LocalDate newEnd) {
        if (!status.canBecome(target)) {
            throw new InvalidTransition("Partnership", status, target, status.next());
        }
        switch (target) {
            case SIGNED -> signedOn = on;
            case ACTIVE -> activatedOn = on;
            case RENEWED -> renewedOn = on;
            case CLOSED -> closedOn = on;
            default -> throw new IllegalStateException("No transition into " + target);
        }
        if (newEnd != null) {
            endsOn = newEnd;
        }
        status = target;
    }
}
