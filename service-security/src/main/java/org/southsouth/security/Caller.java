package org.southsouth.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.southsouth.rest.ApiProblem;

/**
 * Who is calling, from the bearer token this service verified itself: roles, and the organization a partner acts
 * for or the volunteer a volunteer client speaks for. Object-level rules are written against this, so a changed id
 * in a path or body never widens what a caller may touch.
 */
@RequestScoped
public class Caller {

    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private final String clientId;
    private final Optional<UUID> organizationId;
    private final Optional<UUID> volunteerId;

    @Inject
    public Caller(JsonWebToken token) {
        // Background work with a request context (scheduled jobs, recovery) has no token: no roles, no client.
        Optional.ofNullable(token.getGroups())
                .orElse(Set.of())
                .forEach(group -> Role.fromClaim(group).ifPresent(roles::add));
        this.clientId = Optional.ofNullable(token.<String>getClaim(CallerClaims.CLIENT_ID))
                .orElse(token.getSubject());
        this.organizationId = uuidClaim(token, CallerClaims.ORGANIZATION_ID);
        this.volunteerId = uuidClaim(token, CallerClaims.VOLUNTEER_ID);
    }

    /** A caller for code that runs outside a request (tests of rules); services get theirs injected. */
    public Caller(Set<Role> roles, String clientId, UUID organizationId, UUID volunteerId) {
        this.roles.addAll(roles);
        this.clientId = clientId;
        this.organizationId = Optional.ofNullable(organizationId);
        this.volunteerId = Optional.ofNullable(volunteerId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Network admins and coordinators act on every organization's and volunteer's data. */
    public boolean isStaff() {
        return has(Role.ADMIN) || has(Role.COORDINATOR);
    }

    /** Staff, or a partner acting for exactly this organization. */
    public boolean actsFor(UUID organization) {
        return isStaff()
                || (has(Role.PARTNER)
                        && organization != null
                        && organizationId.filter(organization::equals).isPresent());
    }

    /** Staff, or a partner acting for one of these organizations. */
    public boolean actsForAny(Set<UUID> organizations) {
        return isStaff() || organizations.stream().anyMatch(this::actsFor);
    }

    /** A volunteer client speaking for exactly this volunteer. */
    public boolean isVolunteer(UUID volunteer) {
        return has(Role.VOLUNTEER)
                && volunteer != null
                && volunteerId.filter(volunteer::equals).isPresent();
    }

    /** The organization of a partner; empty for every other caller, including staff. */
    public Optional<UUID> partnerOrganization() {
        return has(Role.PARTNER) ? organizationId : Optional.empty();
    }

    /** The volunteer of a volunteer client; empty for every other caller. */
    public Optional<UUID> selfVolunteer() {
        return has(Role.VOLUNTEER) ? volunteerId : Optional.empty();
    }

    public String clientId() {
        return clientId;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    /** 403 unless staff; {@code action} says what was refused, e.g. "change an organization's status". */
    public void requireStaff(String action) {
        if (!isStaff()) {
            throw ApiProblem.forbidden("Only network admins and coordinators may " + action + ".");
        }
    }

    /** 403 unless staff or a partner of this organization. */
    public void requireActsFor(UUID organization, String action) {
        if (!actsFor(organization)) {
            throw ApiProblem.forbidden(
                    "Only network staff and organization " + organization + " itself may " + action + ".");
        }
    }

    private static Optional<UUID> uuidClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
