package org.southsouth.gateway.access;

import java.util.Locale;
import java.util.Set;

/**
 * One entry of a role's access list: {@code [!]METHODS PATTERN}. Methods are {@code *} or {@code GET|HEAD|...};
 * in the pattern {@code *} is one path segment and a trailing {@code **} any rest, none included. A leading
 * {@code !} makes it a denial.
 */
record AccessRule(boolean allow, Set<String> methods, String[] pattern, String text) {

    static AccessRule parse(String text) {
        String rule = text.strip();
        boolean allow = !rule.startsWith("!");
        String body = allow ? rule : rule.substring(1).strip();
        String[] parts = body.split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("Access rule '" + text + "' is not '[!]METHODS /path/pattern'");
        }
        Set<String> methods = "*".equals(parts[0])
                ? Set.of()
                : Set.of(parts[0].toUpperCase(Locale.ROOT).split("\\|"));
        return new AccessRule(allow, methods, segments(parts[1]), rule);
    }

    boolean matches(String method, String[] path) {
        return (methods.isEmpty() || methods.contains(method)) && matches(path);
    }

    private boolean matches(String[] path) {
        for (int i = 0; i < pattern.length; i++) {
            if ("**".equals(pattern[i]) && i == pattern.length - 1) {
                return true;
            }
            if (i >= path.length || !("*".equals(pattern[i]) || pattern[i].equals(path[i]))) {
                return false;
            }
        }
        return path.length == pattern.length;
    }

    static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
