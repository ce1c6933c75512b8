package org.southsouth.partner.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person to reach at an organization: personal data, served only by its own sub-resource, never in events. */
@Entity
@Table(name = "organization_contact")
public class OrganizationContact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String name;

    /** Function at the organization, e.g. "Programme officer". */
    public String role;

    public String email;

    public String phone;

    /** ISO 639-1 language the person prefers to be written to in. */
    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Counts changes from 1 (creation); it is the ETag. */
    public long revision() {
        return version + 1;
    }
}
