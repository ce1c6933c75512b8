package org.southsouth.backbone.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.southsouth.backbone.OrderedPublisher;
import org.southsouth.backbone.OutgoingEvent;

/**
 * Publishes outbox rows to Kafka and marks them sent. Woken by the {@code NOTIFY} of each committing writer,
 * it also polls as a fallback. Each relay slot is owned by one relay at a time (a transaction-scoped advisory
 * lock), so with several instances running every event is sent, in per-aggregate order, and in the normal case
 * once. A crash between Kafka's acknowledgement and the commit re-sends those rows: consumers are idempotent.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** First key of the two-part advisory lock, so the relay's locks never collide with anyone else's. */
    private static final int LOCK_NAMESPACE = 0x53535650;

    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);
    private static final String LOCK_FREE_SLOTS =
            "SELECT slot FROM generate_series(0, ?) AS slot WHERE pg_try_advisory_xact_lock(?, slot)";
    private static final String SELECT_UNSENT = "SELECT position, topic, aggregate_id, envelope::text,"
            + " correlation_id, traceparent FROM outbox_event WHERE relay_slot = ANY (?) AND sent_at IS NULL"
            + " ORDER BY position LIMIT ?";

    private final DataSource dataSource;
    private final OrderedPublisher publisher;
    private final RelaySettings settings;
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;
    private volatile boolean kafkaReachable = true;
    private Connection listener;
    private Instant nextCleanup = Instant.now();

    public OutboxRelay(DataSource dataSource, Map<String, Object> kafkaConfig, RelaySettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.publisher = new OrderedPublisher(kafkaConfig, "outbox-relay");
        this.thread = new Thread(this::run, "outbox-relay");
        this.thread.setDaemon(true);
    }

    public void start() {
        running = true;
        thread.start();
    }

    /** Events published by this relay since it started. */
    public long published() {
        return published.get();
    }

    /** False while the last attempt to publish failed, e.g. while Kafka is away. */
    public boolean kafkaReachable() {
        return kafkaReachable;
    }

    public OutboxBacklog backlog() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*), min(created_at) FROM outbox_event WHERE sent_at IS NULL")) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now());
            return new OutboxBacklog(rs.getLong(1), age.isNegative() ? Duration.ZERO : age);
        } catch (SQLException e) {
            throw new OutboxException("Could not read the outbox backlog", e);
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            thread.join(settings.fallbackPoll().multipliedBy(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        closeListener();
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                int sent = relayPass();
                if (!kafkaReachable) {
                    LOG.info("Outbox relay is publishing again");
                }
                kafkaReachable = true;
                failures = 0;
                cleanUpIfDue();
                if (sent == 0) {
                    awaitCommitNotification();
                }
            } catch (RuntimeException | SQLException e) {
                failures++;
                if (kafkaReachable || failures % 10 == 1) {
                    LOG.warnf(
                            "Outbox relay could not publish (attempt %d), retrying with backoff: %s",
                            failures, e.getMessage());
                }
                kafkaReachable = false;
                closeListener();
                sleep(backoff(failures));
            }
        }
    }

    /**
     * One pass in one transaction: takes every slot no other relay holds, then publishes the oldest unsent events
     * of those slots together and marks the acknowledged ones sent. One transaction and one round of Kafka
     * acknowledgements per pass, however many slots have events.
     */
    private int relayPass() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Integer> slots = lockFreeSlots(connection);
                List<OutboxRow> rows = slots.isEmpty() ? List.of() : selectUnsent(connection, slots);
                if (rows.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                OrderedPublisher.Result result =
                        publisher.publish(rows.stream().map(OutboxRow::event).toList());
                markSent(
                        connection,
                        rows.subList(0, result.acknowledged()).stream()
                                .map(OutboxRow::position)
                                .toList());
                connection.commit();
                published.addAndGet(result.acknowledged());
                if (result.failure() != null) {
                    throw new OutboxException("Kafka did not acknowledge an event", result.failure());
                }
                return result.acknowledged();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The slots this transaction now owns: those whose advisory lock no other relay holds. */
    private List<Integer> lockFreeSlots(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_FREE_SLOTS)) {
            lock.setInt(1, settings.slots() - 1);
            lock.setInt(2, LOCK_NAMESPACE);
            try (ResultSet rs = lock.executeQuery()) {
                List<Integer> slots = new ArrayList<>(settings.slots());
                while (rs.next()) {
                    slots.add(rs.getInt(1));
                }
                return slots;
            }
        }
    }

    private List<OutboxRow> selectUnsent(Connection connection, List<Integer> slots) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
            select.setArray(1, connection.createArrayOf("integer", slots.toArray()));
            select.setInt(2, settings.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(
                            rs.getLong(1),
                            new OutgoingEvent(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4).getBytes(StandardCharsets.UTF_8),
                                    rs.getString(5),
                                    rs.getString(6))));
                }
                return rows;
            }
        }
    }

    private static void markSent(Connection connection, List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE outbox_event SET sent_at = now() WHERE position = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            update.executeUpdate();
        }
    }

    private void awaitCommitNotification() throws SQLException {
        if (listener == null) {
            listener = dataSource.getConnection();
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN " + OutboxWriter.CHANNEL);
            }
        }
        listener.unwrap(PGConnection.class)
                .getNotifications((int) settings.fallbackPoll().toMillis());
    }

    private void cleanUpIfDue() throws SQLException {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(CLEANUP_INTERVAL);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(settings.sentRetention())));
            delete.executeUpdate();
        }
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // The connection is being discarded after a failure; nothing more to do with it.
            }
            listener = null;
        }
    }

    private Duration backoff(int failures) {
        long millis = 100L << Math.min(failures, 10);
        return Duration.ofMillis(Math.min(millis, settings.maxBackoff().toMillis()));
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record OutboxRow(long position, OutgoingEvent event) {}
}
