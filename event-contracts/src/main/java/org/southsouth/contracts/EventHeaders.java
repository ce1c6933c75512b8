package org.southsouth.contracts;

/** Kafka record headers that travel with every event. */
public final class EventHeaders {

    /** CloudEvents Kafka protocol binding, structured mode. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";
    /** The {@code X-Request-Id} of the HTTP request that caused the event. */
    public static final String CORRELATION_ID = "correlation-id";
    /** W3C trace context of the span that published the event, so the consumer's work joins the request's trace. */
    public static final String TRACEPARENT = "traceparent";

    public static final String DLQ_ERROR = "dlq-error";
    public static final String DLQ_ERROR_CLASS = "dlq-error-class";
    public static final String DLQ_ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String DLQ_ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String DLQ_ORIGINAL_OFFSET = "dlq-original-offset";
    public static final String DLQ_CONSUMER_GROUP = "dlq-consumer-group";

    private EventHeaders() {}
}
