package org.southsouth.gateway.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.southsouth.gateway.auth.Role;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * Which roles may call which method on which path ({@code gateway.access.<role>}). Each role's list is read in
 * order and its first matching entry decides; no match denies. A request is allowed when one of the caller's roles
 * allows it. This is the coarse gate only: which organization's or volunteer's data a caller may touch is decided
 * by the services from the forwarded identity.
 */
@ApplicationScoped
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

    public boolean allows(Set<Role> roles, String method, String path) {
        return roles.stream().anyMatch(role -> decide(role, method, path));
    }

    private boolean decide(Role role, String method, String path) {
        Optional<AccessRule> first = rules.getOrDefault(role, List.of()).stream()
                .filter(rule -> rule.matches(method, path))
                .findFirst();
        return first.map(AccessRule::allow).orElse(false);
    }
}
