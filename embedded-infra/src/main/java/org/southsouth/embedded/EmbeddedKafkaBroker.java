package org.southsouth.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.jboss.logging.Logger;

/**
 * A real single-node Apache Kafka broker (combined broker and controller, KRaft) running in this JVM.
 * It can be stopped and started again on the same ports and log directory, which fault tests rely on.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(int port, int controllerPort, Path logDir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
    }

    /**
     * Starts a broker. {@code port} 0 picks a free port; {@code logDir} null uses a temporary directory that
     * is not kept.
     */
    public static EmbeddedKafkaBroker start(int port, Path logDir) {
        Path dir = logDir != null ? logDir : TemporaryDirectories.create("kafka");
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(Ports.resolve(port, "Kafka"), Ports.free(), dir);
        broker.start();
        return broker;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        long begin = System.nanoTime();
        try {
            Files.createDirectories(logDir);
            formatStorageIfNew();
            KafkaRaftServer raftServer = new KafkaRaftServer(new KafkaConfig(brokerProperties(), false), Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
        } catch (Exception e) {
            throw new InfrastructureException(
                    "Kafka broker could not start on localhost:" + port + " with log directory " + logDir + ": "
                            + e.getMessage(),
                    e);
        }
        LOG.infof(
                "Kafka broker up at %s in %d ms (data: %s)",
                bootstrapServers(), (System.nanoTime() - begin) / 1_000_000, logDir);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private void formatStorageIfNew() throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .run();
    }

    private Properties brokerProperties() throws IOException {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put(
                "listeners",
                "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("metadata.log.dir", logDir.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The default dedupe buffer is 128 MiB on heap; a local single-node broker needs very little.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        return props;
    }
}
