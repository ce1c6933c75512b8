package org.southsouth.events.statistics;

import java.util.ArrayList;
import java.util.List;

/** Group keys as {@code $group} tells them apart, and the breakdowns' order of keys. */
final class GroupCounts {

    private GroupCounts() {}

    /** A group key as {@code $group} tells keys apart: numbers by value whatever their type. */
    static Object key(Object value) {
        return value instanceof Number number ? (Object) number.longValue() : value;
    }

    /** A group key as the answer writes it. */
    static String name(Object value) {
        return String.valueOf(key(value));
    }

    /** As {@code $unwind}: each element of an array, a single value as itself, nothing for null or absent. */
    static List<Object> unwound(Object value) {
        if (value instanceof List<?> values) {
            return new ArrayList<>(values);
        }
        return value == null ? List.of() : List.of(value);
    }

    /** SDG and year keys sort as numbers ("2" before "10"), other keys (months, countries, regions) alphabetically. */
    static int numericFirst(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }
}
