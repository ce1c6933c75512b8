package org.southsouth.gateway.impact;

/** One row of partner-service's breakdowns, e.g. {@code {"key": "NP", "count": 3}}. */
record KeyCount(String key, Long count) {}
