package org.southsouth.volunteer.opportunity;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.southsouth.volunteer.deployment.Programme;
import org.southsouth.volunteer.volunteer.SpokenLanguage;

/** An assignment a host organization asks volunteers for, with the number of positions and how many are taken. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    /** By BCP 47 tag. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_title_translation", joinColumns = @JoinColumn(name = "opportunity_id"))
    @MapKeyColumn(name = "tag")
    @Column(name = "title")
    public Map<String, String> titleTranslations = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_description_translation", joinColumns = @JoinColumn(name = "opportunity_id"))
    @MapKeyColumn(name = "tag")
    @Column(name = "description")
    public Map<String, String> descriptionTranslations = new HashMap<>();

    @Column(name = "host_organization_id", nullable = false)
    public UUID hostOrganizationId;

    @Column(name = "sending_organization_id")
    public UUID sendingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Programme programme;

    /** ISO 3166-1 alpha-2: where the volunteer serves (the host's country for remote work). */
    @Column(nullable = false)
    public String country;

    public String city;

    @Column(nullable = false)
    public boolean remote;

    /** The planned start lies in startFrom..startTo. */
    @Column(name = "start_from", nullable = false)
    public LocalDate startFrom;

    @Column(name = "start_to", nullable = false)
    public LocalDate startTo;

    @Column(name = "duration_months_min", nullable = false)
    public int durationMonthsMin;

    @Column(name = "duration_months_max", nullable = false)
    public int durationMonthsMax;

    @Column(nullable = false)
    public int positions;

    @Column(name = "positions_filled", nullable = false)
    public int positionsFilled;

    @Column(name = "host_provides")
    public String hostProvides;

    @Column(name = "application_deadline", nullable = false)
    public LocalDate applicationDeadline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_skill", joinColumns = @JoinColumn(name = "opportunity_id"))
    public Set<OpportunitySkill> skills = new HashSet<>();

    /** Languages with the minimum level asked. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_language", joinColumns = @JoinColumn(name = "opportunity_id"))
    public Set<SpokenLanguage> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_sdg", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "sdg")
    public Set<Integer> sdgs = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_status_step", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "step")
    public List<StatusStep> statusHistory = new ArrayList<>();

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "filled_at")
    public Instant filledAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public void moveTo(OpportunityStatus next, String by, String reason) {
        Instant now = Instant.now();
        status = next;
        statusHistory.add(new StatusStep(next.name(), now, by, reason));
        updatedAt = now;
        if (next == OpportunityStatus.OPEN) {
            publishedAt = now;
        }
        if (next == OpportunityStatus.FILLED) {
            filledAt = now;
        }
    }

    public Instant statusChangedAt() {
        return statusHistory.get(statusHistory.size() - 1).at();
    }

    public boolean positionsLeft() {
        return positionsFilled < positions;
    }
}
