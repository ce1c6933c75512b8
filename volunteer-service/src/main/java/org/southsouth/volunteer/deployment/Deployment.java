package org.southsouth.volunteer.deployment;

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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A volunteer sent by one organization to serve with another abroad. */
@Entity
@Table(name = "deployment")
public class Deployment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(name = "sending_organization_id", nullable = false)
    public UUID sendingOrganizationId;

    @Column(name = "host_organization_id", nullable = false)
    public UUID hostOrganizationId;

    /** ISO 3166-1 alpha-2: where the volunteer serves. */
    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Programme programme;

    @Column(nullable = false)
    public String role;

    @Column(name = "planned_start", nullable = false)
    public LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    public LocalDate plannedEnd;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "arrived_on")
    public LocalDate arrivedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeploymentStatus status;

    /** Set when something outside the plan changed (e.g. the host became inactive) and a coordinator must look. */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Column(name = "review_reason")
    public String reviewReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deployment_sdg", joinColumns = @JoinColumn(name = "deployment_id"))
    @Column(name = "sdg")
    public Set<Integer> sdgs = new HashSet<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
