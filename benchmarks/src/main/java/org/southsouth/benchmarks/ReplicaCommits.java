package org.southsouth.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The organizations volunteer-service's replica has committed, as PostgreSQL tells them: a trigger the benchmark adds
 * to {@code host_organization} sends each written id with {@code NOTIFY}, which arrives only once the replica's
 * transaction commits. It replaces asking the replica with one query every millisecond, which cost the benchmark's
 * JVM and PostgreSQL about as much CPU as the Kafka broker (JFR: the poller thread 2.2 % of the machine at 20
 * writes/s) on the two cores the measured services share. The trigger adds one notification to the replica's
 * transaction.
 */
final class ReplicaCommits implements AutoCloseable {

    private static final String CHANNEL = "bench_replica_committed";

    private final Connection listener;
    private final Set<String> committed = ConcurrentHashMap.newKeySet();

    private ReplicaCommits(Connection listener) {
        this.listener = listener;
    }

    /** Adds the trigger to the replica's database at {@code jdbcUrl} (once) and listens to it. */
    static ReplicaCommits listen(String jdbcUrl) throws SQLException {
        Connection connection = Sql.connect(jdbcUrl);
        Sql.execute(
                connection,
                "CREATE OR REPLACE FUNCTION bench_replica_committed() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN PERFORM pg_notify('" + CHANNEL + "', NEW.id::text); RETURN NULL; END $$;"
                        + " DROP TRIGGER IF EXISTS bench_replica_committed ON host_organization;"
                        + " CREATE TRIGGER bench_replica_committed AFTER INSERT OR UPDATE ON host_organization"
                        + " FOR EACH ROW EXECUTE FUNCTION bench_replica_committed();"
                        + " LISTEN " + CHANNEL);
        return new ReplicaCommits(connection);
    }

    /**
     * Waits at most {@code millis} for commits, then answers every id committed so far and not yet {@link #forget
     * forgotten}: an id stays until its reader is done with it, so a read that fails is tried again.
     */
    Set<String> await(int millis) throws SQLException {
        PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(millis);
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                committed.add(notification.getParameter());
            }
        }
        return committed;
    }

    void forget(String id) {
        committed.remove(id);
    }

    @Override
    public void close() throws SQLException {
        Sql.execute(
                listener,
                "DROP TRIGGER IF EXISTS bench_replica_committed ON host_organization;"
                        + " DROP FUNCTION IF EXISTS bench_replica_committed()");
        listener.close();
    }
}
