package org.southsouth.events.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.contracts.volunteer.VolunteerV1;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.MongoCommands;

/**
 * Not a test (no Test suffix, so the build does not run it): {@code ./benchmark bulk}'s volunteers reaching the
 * replica; publishes them all, then logs how long the volunteer consumer took to apply them and the MongoDB commands.
 * {@code ./mvnw -o -q test -pl events-service -Dtest=VolunteerReplicaProfile -Dprofile.volunteers=3400}
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class VolunteerReplicaProfile {

    private static final Logger LOG = Logger.getLogger(VolunteerReplicaProfile.class);
    private static final int VOLUNTEERS = Integer.getInteger("profile.volunteers", 3400);

    @Inject
    MongoCommands commands;

    @Inject
    EventsServiceConsumers consumers;

    @Test
    void applyVolunteersRegisteredInVolunteerService() throws Exception {
        UUID home = Fixtures.organization();
        assertTrue(consumers.syncState(30, () -> null).caughtUp());
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        props.put("linger.ms", "5");
        commands.reset();
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < VOLUNTEERS; i++) {
                UUID id = UUID.randomUUID();
                EventEnvelope registered = EventEnvelope.of(
                        VolunteerEvents.VOLUNTEER_REGISTERED,
                        id.toString(),
                        1,
                        new VolunteerV1(id, "Volunteer " + i, "KE", home, List.of("en"), "ACTIVE", Instant.now()));
                producer.send(new ProducerRecord<>(
                        Topics.VOLUNTEER_VOLUNTEERS, registered.subject(), EventCodec.encode(registered)));
            }
        }
        long published = System.nanoTime();
        assertTrue(consumers.syncState(120, () -> null).caughtUp());
        long applied = System.nanoTime();
        LOG.infof(
                "%d volunteers: published in %d ms, applied after %d ms (%.0f events/s); commands %s",
                VOLUNTEERS,
                (published - started) / 1_000_000,
                (applied - started) / 1_000_000,
                VOLUNTEERS * 1e9 / (applied - started),
                commands.snapshot());
    }
}
