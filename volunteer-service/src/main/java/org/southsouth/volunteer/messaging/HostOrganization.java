package org.southsouth.volunteer.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What this service knows of an organization that can host or send volunteers; owned by partner-service. */
@Entity
@Table(name = "host_organization")
public class HostOrganization extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String country;

    /** PROSPECT, ACTIVE or INACTIVE, as partner-service last announced. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public long sequence;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
