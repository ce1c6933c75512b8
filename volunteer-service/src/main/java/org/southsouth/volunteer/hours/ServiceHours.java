package org.southsouth.volunteer.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Hours a volunteer served on one day; counted in verified totals once a coordinator verified them. */
@Entity
@Table(name = "service_hours")
public class ServiceHours extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    /** The deployment's host organization, else the volunteer's home organization when the hours were logged. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "served_on", nullable = false)
    public LocalDate servedOn;

    @Column(nullable = false, precision = 4, scale = 2)
    public BigDecimal hours;

    /** Free text: erasure replaces it. */
    @Column(nullable = false)
    public String activity;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "deployment_id")
    public UUID deploymentId;

    @Column(nullable = false)
    public boolean verified;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_hours_sdg", joinColumns = @JoinColumn(name = "service_hours_id"))
    @Column(name = "sdg")
    public Set<Integer> sdgs = new HashSet<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
