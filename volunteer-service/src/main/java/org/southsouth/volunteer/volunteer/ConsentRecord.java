package org.southsouth.volunteer.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A volunteer's consent to one purpose under one policy version; open until withdrawn or superseded. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord extends PanacheEntityBase {

    /** The purpose a volunteer must currently consent to for matching to rank them. */
    public static final String MATCHING = "MATCHING";

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Column(name = "given_at", nullable = false)
    public Instant givenAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
