package org.southsouth.volunteer.application;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.southsouth.volunteer.opportunity.StatusStep;

/** A volunteer's application to an opportunity, made by the volunteer itself or by its home organization. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "opportunity_id", nullable = false)
    public UUID opportunityId;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    /** The partner that nominated the volunteer; null when the volunteer applied itself. */
    @Column(name = "nominated_by_organization_id")
    public UUID nominatedByOrganizationId;

    @Column(nullable = false)
    public String motivation;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "available_to")
    public LocalDate availableTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_status_step", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "step")
    public List<StatusStep> statusHistory = new ArrayList<>();

    /** The PLANNED deployment the accepted offer became. */
    @Column(name = "deployment_id")
    public UUID deploymentId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public void moveTo(ApplicationStatus next, String by, String reason) {
        Instant now = Instant.now();
        status = next;
        statusHistory.add(new StatusStep(next.name(), now, by, reason));
        updatedAt = now;
    }

    public StatusStep lastStep() {
        return statusHistory.get(statusHistory.size() - 1);
    }
}
