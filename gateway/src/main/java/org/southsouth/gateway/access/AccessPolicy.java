package org.southsouth.gateway.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.southsouth.gateway.auth.Role;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * Which roles may call which method on which path ({@code gateway.access.<role>}). Each role's list is read in
 * order and its first matching entry decides; no match denies. A request is allowed when one of the caller's roles
 * allows it. This is the coarse gate only: which organization's or volunteer's data a caller may touch is decided
 * by the services from the forwarded identity.
 */
@Singleton
public class AccessPolicy {

    private final Map<Role, List<AccessRule>> rules = new EnumMap<>(Role.class);

    @Inject
    public AccessPolicy(GatewaySettings config) {
        config.access()
                .forEach((role, entries) -> rules.put(
                        Role.fromClaim(role)
                                .orElseThrow(
                                        () -> new IllegalStateException("gateway.access." + role + ": no such role")),
                        entries.stream()
                                .filter(entry -> !entry.isBlank())
                                .map(AccessRule::parse)
                                .toList()));
    }

    /** Asked on every request: loops rather than streams, and the path is split into segments once. */
    public boolean allows(Set<Role> roles, String method, String path) {
        String[] segments = AccessRule.segments(path);
        for (Role role : roles) {
            if (decide(role, method, segments)) {
                return true;
            }
        }
        return false;
    }

    private boolean decide(Role role, String method, String[] segments) {
        for (AccessRule rule : rules.getOrDefault(role, List.of())) {
            if (rule.matches(method, segments)) {
                return rule.allow();
            }
        }
        return false;
    }
}
