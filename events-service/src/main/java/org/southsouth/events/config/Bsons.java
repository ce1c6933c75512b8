package org.southsouth.events.config;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/** Conversions between Java values and what the documents hold (UUIDs as strings, instants as dates). */
public final class Bsons {

    private Bsons() {}

    public static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    public static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }

    public static List<String> ids(Collection<UUID> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::toString).toList();
    }

    public static List<UUID> uuids(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(UUID::fromString).toList();
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public static <T> List<T> list(Document doc, String field, Class<T> type) {
        List<T> values = doc.getList(field, type);
        return values == null ? List.of() : List.copyOf(values);
    }

    public static long number(Document doc, String field) {
        Number value = doc.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
