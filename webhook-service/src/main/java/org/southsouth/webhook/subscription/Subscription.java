package org.southsouth.webhook.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where a partner system wants events pushed, which ones, and the secret that signs them. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Whose view of the network the subscription gets; null for a network-wide one (staff only). */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(nullable = false)
    public String url;

    /** Exact CloudEvent types or {@code <topic>.*}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "filter_organization_ids", nullable = false)
    public List<UUID> filterOrganizationIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "filter_countries", nullable = false)
    public List<String> filterCountries = new ArrayList<>();

    public String description;

    @Column(nullable = false)
    public boolean enabled;

    /** Why the service disabled it (410 Gone, or every attempt of the schedule failed); null when a client did. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation; it keeps signing until {@link #previousSecretExpiresAt}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

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

    /** The secrets that sign a delivery now: the current one, and the previous one during the rotation overlap. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    /**
     * Disables an enabled subscription, in one statement: deliveries failing at once for the same subscription all
     * try, the first wins and keeps its reason.
     */
    public static void disable(UUID id, String reason, Instant at) {
        update(
                "enabled = false, disabledReason = ?1, disabledAt = ?2, updatedAt = ?2, version = version + 1 "
                        + "where id = ?3 and enabled = true",
                reason,
                at,
                id);
    }
}
