package org.southsouth.rest;

import io.smallrye.config.SmallRyeConfig;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A store that cannot be reached (refused or lost connection, no pooled connection in time, no MongoDB server
 * found in time): a 503 the client may retry after the configured {@link #retryAfterSeconds()}. The request changed
 * nothing, since its transaction could not commit. Recognised by SQL state, by the connection pool's message and by class name,
 * since no service has every driver on its class path.
 */
final class StoreOutages {

    private static final Set<String> UNREACHABLE = Set.of(
            "org.hibernate.exception.JDBCConnectionException", "com.mongodb.MongoSocketException",
            "com.mongodb.MongoTimeoutException", "com.mongodb.MongoConnectionPoolClearedException");
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03", "53300");
    // Agroal's "Sorry, acquisition timeout!" and "Acquisition timeout while waiting for new connection" carry no state.
    private static final String POOL_TIMEOUT = "acquisition timeout";

    private StoreOutages() {}

    static Optional<ApiProblem> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isUnreachable(cause)) {
                return Optional.of(unavailable());
            }
        }
        return Optional.empty();
    }

    private static boolean isUnreachable(Throwable failure) {
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null
                    ? state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state)
                    : String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(POOL_TIMEOUT);
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (UNREACHABLE.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static ApiProblem unavailable() {
        return new ApiProblem(
                503,
                "store-unavailable",
                "Service unavailable",
                "The service's database cannot be reached just now; nothing was changed. Retry after "
                        + retryAfterSeconds() + " seconds.",
                List.of());
    }

    /**
     * {@code southsouth.store-outage.retry-after} in whole seconds, read where the problem is made: batch items
     * answer it too, from static code.
     */
    static String retryAfterSeconds() {
        return Long.toString(ConfigProvider.getConfig()
                .unwrap(SmallRyeConfig.class)
                .getConfigMapping(RestConventionsSettings.class)
                .storeOutage()
                .retryAfter()
                .toSeconds());
    }
}
