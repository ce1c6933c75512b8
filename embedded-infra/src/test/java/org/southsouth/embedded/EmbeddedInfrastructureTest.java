package org.southsouth.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @TempDir
    Path data;

    @Test
    void kafkaBrokerDeliversRecordsAndKeepsThemAcrossRestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, data.resolve("kafka"))) {
            produce(broker.bootstrapServers(), "before-restart");
            broker.stop();
            broker.start();
            produce(broker.bootstrapServers(), "after-restart");
            assertEquals(List.of("before-restart", "after-restart"), consumeAll(broker.bootstrapServers(), 2));
        }
    }

    @Test
    void postgresKeepsDatabasesInItsDataDirectoryBetweenStarts() throws Exception {
        Path pgData = data.resolve("pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(0, pgData)) {
            String url = pg.createDatabase("partner");
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('first run')");
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(0, pgData);
                Connection c =
                        DriverManager.getConnection(pg.createDatabase("partner"), EmbeddedPostgresServer.USER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertTrue(rs.next());
            assertEquals("first run", rs.getString(1));
        }
    }

    @Test
    void mongoServerPersistsToItsStoreFile() {
        Path store = data.resolve("mongo/events.mv");
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.start(0, store);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("events").getCollection("kept").insertOne(new Document("v", "first run"));
        }
        assertTrue(Files.exists(store));
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.start(0, store);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document found =
                    client.getDatabase("events").getCollection("kept").find().first();
            assertEquals("first run", found.getString("v"));
        }
    }

    @Test
    void aTakenPortFailsFastNamingThePort() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            InfrastructureException e = assertThrows(
                    InfrastructureException.class, () -> EmbeddedMongoServer.start(taken.getLocalPort(), null));
            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort() + " for MongoDB"), e.getMessage());
        }
    }

    private static void produce(String bootstrap, String value) throws Exception {
        Properties props = new Properties();
        props.putAll(Map.of("bootstrap.servers", bootstrap, "acks", "all"));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "key", value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap, int expected) {
        Properties props = new Properties();
        props.putAll(Map.of("bootstrap.servers", bootstrap, "group.id", "probe", "auto.offset.reset", "earliest"));
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("probe"));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }
}
