package org.southsouth.volunteer.rest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Function;

/** The moves a batch item makes to bring a record to its status: the fewest single moves its lifecycle allows. */
public final class StatusPath {

    private StatusPath() {}

    /**
     * The statuses after {@code from} on the shortest way to {@code to} (none when it is there already); when no way
     * leads there, just {@code to}, so the single move refuses it with its own answer.
     */
    public static <S extends Enum<S>> List<S> between(S from, S to, Function<S, Set<S>> next) {
        if (from == to) {
            return List.of();
        }
        Map<S, S> reachedFrom = new EnumMap<>(from.getDeclaringClass());
        Queue<S> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            S status = queue.remove();
            // In declaration order, so that of two equally short ways the one along the lifecycle is taken.
            for (S step : next.apply(status).stream()
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                if (step != from && !reachedFrom.containsKey(step)) {
                    reachedFrom.put(step, status);
                    queue.add(step);
                }
            }
        }
        if (!reachedFrom.containsKey(to)) {
            return List.of(to);
        }
        List<S> path = new ArrayList<>();
        for (S status = to; status != from; status = reachedFrom.get(status)) {
            path.add(status);
        }
        Collections.reverse(path);
        return path;
    }
}
