import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** The benchmark's upstream: a small real HTTP server answering every request with the same JSON page. */
public class BenchUpstream {

    private static final byte[] BODY = ("{\"items\":[{\"id\":\"3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60\",\"name\":\"北京志愿服务联合会\","
            + "\"country\":\"CN\",\"status\":\"ACTIVE\"}],\"page\":0,\"size\":50,\"total\":1}").getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 512);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.start();
        System.out.println("upstream listening on " + server.getAddress());
    }
}
