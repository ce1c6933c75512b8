package org.southsouth.volunteer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** Participations arriving together from events-service are applied together: a commit per poll, not per event. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ParticipationPollTest {

    private static final int EVENTS = 20;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void participationsPublishedTogetherAreAppliedInFewerTransactionsThanEvents() throws Exception {
        List<UUID> participations =
                IntStream.range(0, EVENTS).mapToObj(i -> UUID.randomUUID()).toList();
        publishTogether(participations);

        await().atMost(Duration.ofSeconds(40)).until(() -> count("SELECT count(*)", participations) == EVENTS);
        long transactions = count("SELECT count(DISTINCT xmin::text)", participations);
        assertTrue(transactions < EVENTS, "each participation was applied in a transaction of its own");
    }

    private static void publishTogether(List<UUID> participations) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        props.put("linger.ms", 50);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (UUID id : participations) {
                ParticipationV1 payload = new ParticipationV1(
                        id,
                        UUID.randomUUID(),
                        "WEBINAR",
                        "KE",
                        UUID.randomUUID(),
                        null,
                        "VOLUNTEER",
                        "REGISTERED",
                        Instant.now(),
                        Instant.now());
                EventEnvelope envelope =
                        EventEnvelope.of(EventsServiceEvents.PARTICIPATION_REGISTERED, id.toString(), 1, payload);
                producer.send(
                        new ProducerRecord<>(Topics.EVENTS_PARTICIPATIONS, id.toString(), EventCodec.encode(envelope)));
            }
            producer.flush();
        }
    }

    /** {@code select} over the participation rows of the given ids. */
    private long count(String select, List<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement(select + " FROM participation WHERE id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
