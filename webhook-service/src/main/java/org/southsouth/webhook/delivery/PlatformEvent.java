package org.southsouth.webhook.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event as consumed from the platform's topics, kept for its deliveries and for replays. */
@Entity
@Table(name = "platform_event")
public class PlatformEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public Instant time;

    /** The CloudEvent in structured JSON, as its owner published it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String envelope;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
