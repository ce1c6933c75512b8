package org.southsouth.volunteer.volunteer;

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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A person in the network's volunteer pool. Email, phone and bio are personal data that erasure removes. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String phone;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false)
    public String nationality;

    /** ISO 3166-1 alpha-2. */
    public String residence;

    @Column(name = "home_organization_id", nullable = false)
    public UUID homeOrganizationId;

    public String bio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VolunteerStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    public Set<SpokenLanguage> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "skill_code")
    public Set<String> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "availability_window", joinColumns = @JoinColumn(name = "volunteer_id"))
    public Set<AvailabilityWindow> availability = new HashSet<>();

    /** Incremented on every change; it is the ETag and, plus one, the sequence of the events the change publishes. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;
}
