package org.southsouth.events.event;

import java.time.Instant;

/** One session of an event's agenda. */
public record AgendaSession(String title, Instant startsAt, Instant endsAt, String speaker) {}
