package org.southsouth.rest;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * The client-caused failures a store reports, for what no check before it caught: a concurrent change or a
 * duplicate is a 409, a value the store cannot keep a 400. Recognised by SQL state and by class name, since not
 * every service has JPA on its class path.
 */
final class StoreRefusals {

    private static final Set<String> CONCURRENT_CHANGES = Set.of(
            "jakarta.persistence.OptimisticLockException", "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException", "org.hibernate.StaleStateException");
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";
    private static final String DATA_EXCEPTION_CLASS = "22";

    private StoreRefusals() {}

    static Optional<ApiProblem> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isConcurrentChange(cause)) {
                return Optional.of(concurrentChange());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals(LOCK_NOT_AVAILABLE)
                        || state.equals(SERIALIZATION_FAILURE)
                        || state.equals(DEADLOCK_DETECTED)) {
                    return Optional.of(concurrentChange());
                }
                if (state.startsWith(INTEGRITY_CONSTRAINT_CLASS)) {
                    return Optional.of(
                            ApiProblem.conflict("Conflicts with a record stored meanwhile; read it and retry"));
                }
                if (state.startsWith(DATA_EXCEPTION_CLASS)) {
                    return Optional.of(ApiProblem.badRequest("A value is outside what can be stored"));
                }
            }
        }
        return Optional.empty();
    }

    private static ApiProblem concurrentChange() {
        return ApiProblem.conflict("The record was changed by a concurrent request; read it again and retry");
    }

    private static boolean isConcurrentChange(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (CONCURRENT_CHANGES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
