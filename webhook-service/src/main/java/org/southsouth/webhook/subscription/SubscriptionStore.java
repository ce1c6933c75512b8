package org.southsouth.webhook.subscription;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.southsouth.rest.Page;

/** The subscriptions' queries. */
@ApplicationScoped
public class SubscriptionStore {

    private static final String ANY_ENABLED = "SELECT EXISTS (SELECT 1 FROM subscription WHERE enabled)";

    @Inject
    AgroalDataSource dataSource;

    /** Null when there is none. */
    public Subscription find(UUID id) {
        return Subscription.findById(id);
    }

    /** Loaded for a use case that changes it: locked until its transaction ends. Null when there is none. */
    public Subscription findForUpdate(UUID id) {
        return Subscription.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Oldest first; of one organization when {@code organization} holds one, enabled or not when asked. */
    public Page<Subscription> page(Optional<UUID> organization, Boolean enabled, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        organization.ifPresent(own -> {
            query.append(" and organizationId = :organization");
            parameters.and("organization", own);
        });
        if (enabled != null) {
            query.append(" and enabled = :enabled");
            parameters.and("enabled", enabled);
        }
        var found = Subscription.<Subscription>find(
                query.toString(), Sort.by("createdAt").and("id"), parameters);
        List<Subscription> items =
                found.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(items, page, size, found.count());
    }

    public List<Subscription> enabled() {
        return Subscription.list("enabled", true);
    }

    /**
     * Whether any subscription is enabled: plain JDBC on the transaction's connection, so that planning an event nobody
     * subscribed to skips Hibernate's query (a fifth of the consumer's CPU per event with no subscription, JFR).
     */
    public boolean anyEnabled() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement anyEnabled = connection.prepareStatement(ANY_ENABLED);
                ResultSet answer = anyEnabled.executeQuery()) {
            return answer.next() && answer.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask for enabled subscriptions: " + e.getMessage(), e);
        }
    }
}
