package org.southsouth.rest;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A store that cannot be reached (refused or lost connection, no pooled connection in time, no MongoDB server
 * found in time): a 503 the client may retry after {@link #RETRY_AFTER_SECONDS}. The request changed nothing, since
 * its transaction could not commit. Recognised by SQL state, by the connection pool's message and by class name,
 * since no service has every driver on its class path.
 */
final class StoreOutages {

    /** Long enough for the launcher to restart a store that died, or a pool to free a connection. */
    static final String RETRY_AFTER_SECONDS = "5";

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
                        + RETRY_AFTER_SECONDS + " seconds.",
                List.of());
    }
}
