package org.southsouth.volunteer.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A volunteer's place in an event, as events-service last announced it; owned by events-service. */
@Entity
@Table(name = "participation")
public class Participation extends PanacheEntityBase {

    public static final String ATTENDED = "ATTENDED";

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_kind")
    public String eventKind;

    @Column(name = "event_country")
    public String eventCountry;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(nullable = false)
    public String role;

    /** REGISTERED, WAITLISTED, ATTENDED, NO_SHOW or CANCELLED. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public long sequence;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
