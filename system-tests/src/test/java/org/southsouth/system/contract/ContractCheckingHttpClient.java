package org.southsouth.system.contract;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.SubmissionPublisher;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client under the generated API client: it reads each answer whole, has the merged OpenAPI document judge
 * it, and only then hands the body to the generated code, so a call whose answer breaks the document fails.
 */
public final class ContractCheckingHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final OpenApiContract contract;

    public ContractCheckingHttpClient(HttpClient delegate, OpenApiContract contract) {
        this.delegate = delegate;
        this.contract = contract;
    }

    /** A builder for the generated {@code ApiClient#setHttpClientBuilder}. */
    public static HttpClient.Builder builder(OpenApiContract contract) {
        return new CheckingBuilder(HttpClient.newBuilder(), contract);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> whole = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String contentType = whole.headers().firstValue("Content-Type").orElse(null);
        List<String> violations = contract.violations(
                request.method(),
                request.uri().getRawPath(),
                whole.statusCode(),
                contentType,
                new String(whole.body(), StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer breaks the OpenAPI document:\n" + String.join("\n", violations));
        }
        return new ReadResponse<>(whole, bodyFor(whole, handler));
    }

    private static <T> T bodyFor(HttpResponse<byte[]> whole, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return whole.statusCode();
            }

            @Override
            public java.net.http.HttpHeaders headers() {
                return whole.headers();
            }

            @Override
            public Version version() {
                return whole.version();
            }
        });
        try (SubmissionPublisher<List<ByteBuffer>> publisher = new SubmissionPublisher<>(Runnable::run, 1)) {
            publisher.subscribe(subscriber);
            publisher.submit(List.of(ByteBuffer.wrap(whole.body())));
        }
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    private record ReadResponse<T>(HttpResponse<byte[]> whole, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return whole.statusCode();
        }

        @Override
        public HttpRequest request() {
            return whole.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return whole.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return whole.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return whole.uri();
        }

        @Override
        public Version version() {
            return whole.version();
        }
    }

    private record CheckingBuilder(HttpClient.Builder builder, OpenApiContract contract) implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            builder.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            builder.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            builder.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            builder.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            builder.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            builder.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            builder.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            builder.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            builder.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            builder.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ContractCheckingHttpClient(builder.build(), contract);
        }
    }
}
