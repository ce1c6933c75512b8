package org.southsouth.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the unified document at build time from the documents the services and the gateway stored when they were
 * built, for the client the build generates and the system tests drive ({@code api-client}).
 *
 * <p>Arguments: the output file, the gateway's own document, then {@code service=document} for each service.
 */
public final class ContractFile {

    /** Where the build-time document says the gateway is; the system tests point the client at the real one. */
    private static final String LOCAL_GATEWAY = "http://localhost:8080";

    private ContractFile() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException(
                    "usage: ContractFile <output> <gateway document> [service=document ...]");
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> services = new TreeMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] serviceAndFile = args[i].split("=", 2);
            services.put(
                    serviceAndFile[0], json.readTree(Path.of(serviceAndFile[1]).toFile()));
        }
        JsonNode gateway = json.readTree(Path.of(args[1]).toFile());
        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        json.writerWithDefaultPrettyPrinter()
                .writeValue(output.toFile(), UnifiedDocument.merge(services, gateway, LOCAL_GATEWAY));
    }
}
