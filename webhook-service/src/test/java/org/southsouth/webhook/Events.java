package org.southsouth.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.contracts.events.ExchangeEventV1;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.contracts.volunteer.DeploymentV1;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.contracts.volunteer.VolunteerV1;
import org.southsouth.embedded.quarkus.KafkaTestResource;

/** Publishes platform events to the embedded broker as the owning services would (key = subject). */
public final class Events {

    private Events() {}

    public static EventEnvelope publish(EventType type, UUID subject, long sequence, Object payload) {
        EventEnvelope event = EventEnvelope.of(type, subject.toString(), sequence, payload);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", KafkaTestResource.broker().bootstrapServers(), "acks", "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(type.topic(), event.subject(), EventCodec.encode(event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    /** Publishes events through one producer, in list order; {@code sending} hears each right before it is sent. */
    public static void publishAll(List<EventEnvelope> events, EventType type, Consumer<EventEnvelope> sending) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", KafkaTestResource.broker().bootstrapServers(), "acks", "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (EventEnvelope event : events) {
                sending.accept(event);
                producer.send(new ProducerRecord<>(type.topic(), event.subject(), EventCodec.encode(event)));
            }
            producer.flush();
        }
    }

    public static EventEnvelope exchangeEvent(UUID id, long sequence, String status, UUID host) {
        return publish(
                sequence == 1 ? EventsServiceEvents.EVENT_DRAFTED : EventsServiceEvents.EVENT_UPDATED,
                id,
                sequence,
                new ExchangeEventV1(
                        id,
                        "FORUM",
                        "Forum " + sequence,
                        host,
                        List.of(),
                        "KE",
                        "Nairobi",
                        false,
                        status,
                        Instant.now(),
                        Instant.now().plusSeconds(3600),
                        100,
                        List.of(17),
                        Instant.now(),
                        Instant.now()));
    }

    /** A delegate of {@code organization} registered for exchange event {@code event}. */
    public static EventEnvelope participation(UUID event, UUID organization) {
        UUID id = UUID.randomUUID();
        return publish(
                EventsServiceEvents.PARTICIPATION_REGISTERED,
                id,
                1,
                new ParticipationV1(
                        id,
                        event,
                        "FORUM",
                        "KE",
                        null,
                        organization,
                        "DELEGATE",
                        "REGISTERED",
                        Instant.now(),
                        Instant.now()));
    }

    public static EventEnvelope organization(UUID id) {
        return publish(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, organizationState(id));
    }

    /** Organization {@code id} registered (sequence 1) or updated, not sent. */
    public static EventEnvelope organizationEvent(UUID id, long sequence) {
        return EventEnvelope.of(
                sequence == 1 ? PartnerEvents.ORGANIZATION_REGISTERED : PartnerEvents.ORGANIZATION_UPDATED,
                id.toString(),
                sequence,
                organizationState(id));
    }

    private static OrganizationV1 organizationState(UUID id) {
        return new OrganizationV1(
                id, "Org " + id, null, "22", "NP", null, "ACTIVE", false, List.of(4), null, Instant.now());
    }

    public static EventEnvelope deployment(UUID sending, UUID host) {
        UUID id = UUID.randomUUID();
        return publish(
                VolunteerEvents.DEPLOYMENT_PLANNED,
                id,
                1,
                new DeploymentV1(
                        id,
                        UUID.randomUUID(),
                        sending,
                        host,
                        "MM",
                        "UN Volunteers",
                        "Teacher",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(6),
                        "PLANNED",
                        List.of(4),
                        Instant.now(),
                        null,
                        null,
                        null));
    }

    public static EventEnvelope volunteer(UUID home) {
        UUID id = UUID.randomUUID();
        return publish(
                VolunteerEvents.VOLUNTEER_REGISTERED,
                id,
                1,
                new VolunteerV1(id, "Asha", "NP", home, List.of("ne"), "ACTIVE", Instant.now()));
    }
}
