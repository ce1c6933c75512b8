package org.southsouth.webhook.subscription;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.MalformedInput;
import org.southsouth.failure.RefusedField;
import org.southsouth.rest.CountryCodes;

/** Refuses subscription fields with every failing field named as the client wrote it ({@code eventTypes[1]}). */
final class SubscriptionCheck {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_ITEMS = 100;

    private final TargetUrlGuard guard;
    private final List<RefusedField> errors = new ArrayList<>();

    private SubscriptionCheck(TargetUrlGuard guard) {
        this.guard = guard;
    }

    /** The fields as stored: duplicates dropped, a missing filter as an empty one; or 400 naming each bad field. */
    static SubscriptionFields valid(SubscriptionFields fields, TargetUrlGuard guard) {
        if (fields == null) {
            throw new MalformedInput("A JSON body is required");
        }
        SubscriptionCheck check = new SubscriptionCheck(guard);
        check.url(fields.url());
        List<String> types = check.eventTypes(fields.eventTypes());
        EventFilter filter = check.filter(fields.filter() == null ? EventFilter.NONE : fields.filter());
        if (fields.description() != null && fields.description().length() > MAX_DESCRIPTION) {
            check.error("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (fields.enabled() == null) {
            check.error("enabled", "must be true or false");
        }
        if (!check.errors.isEmpty()) {
            throw InvalidInput.of(check.errors);
        }
        return new SubscriptionFields(fields.url().strip(), types, filter, fields.description(), fields.enabled());
    }

    private void url(String url) {
        if (url != null && url.length() > MAX_URL) {
            error("url", "must be at most " + MAX_URL + " characters");
            return;
        }
        try {
            guard.check(url);
        } catch (TargetUrlGuard.RefusedTarget e) {
            error("url", e.getMessage());
        }
    }

    private List<String> eventTypes(List<String> types) {
        if (types == null || types.isEmpty()) {
            error("eventTypes", "must name at least one event type or <topic>.*");
            return List.of();
        }
        if (types.size() > MAX_ITEMS) {
            error("eventTypes", "must name at most " + MAX_ITEMS);
        }
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type == null || !EventTypeSelection.isKnown(type)) {
                error(
                        "eventTypes[" + i + "]",
                        "must be a type of the event catalog or one of "
                                + EventTypeSelection.topics().stream()
                                        .map(topic -> topic + EventTypeSelection.WILDCARD)
                                        .toList());
            }
        }
        return List.copyOf(
                new LinkedHashSet<>(types.stream().filter(t -> t != null).toList()));
    }

    private EventFilter filter(EventFilter filter) {
        List<UUID> organizations = filter.organizationIds() == null ? List.of() : filter.organizationIds();
        List<String> countries = filter.countries() == null ? List.of() : filter.countries();
        if (organizations.size() > MAX_ITEMS) {
            error("filter.organizationIds", "must name at most " + MAX_ITEMS);
        }
        for (int i = 0; i < organizations.size(); i++) {
            if (organizations.get(i) == null) {
                error("filter.organizationIds[" + i + "]", "must be an organization id");
            }
        }
        if (countries.size() > MAX_ITEMS) {
            error("filter.countries", "must name at most " + MAX_ITEMS);
        }
        for (int i = 0; i < countries.size(); i++) {
            if (countries.get(i) == null || !CountryCodes.isCountry(countries.get(i))) {
                error("filter.countries[" + i + "]", "must be an ISO 3166-1 alpha-2 code such as KE");
            }
        }
        return new EventFilter(
                List.copyOf(new LinkedHashSet<>(
                        organizations.stream().filter(o -> o != null).toList())),
                List.copyOf(new LinkedHashSet<>(
                        countries.stream().filter(c -> c != null).toList())));
    }

    private void error(String field, String message) {
        errors.add(new RefusedField(field, message));
    }
}
