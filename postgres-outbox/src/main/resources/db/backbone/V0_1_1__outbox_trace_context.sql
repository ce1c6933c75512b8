-- The W3C traceparent of the span that wrote the event: the relay publishes later, on another thread, as its child.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
