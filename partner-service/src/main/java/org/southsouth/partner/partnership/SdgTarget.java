package org.southsouth.partner.partnership;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.southsouth.reference.Sdgs;

/**
 * An SDG target: an outcome target such as {@code 4.7} or a means of implementation such as {@code 4.a}. Only targets
 * that exist in the 2030 Agenda are accepted: each goal has a known number of outcome targets and of lettered
 * means-of-implementation targets.
 */
public record SdgTarget(int goal, String target) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2}|[a-z])");
    /** Index = goal: how many numbered targets (x.1 to x.n) the goal has. */
    private static final int[] NUMBERED = {0, 5, 5, 9, 7, 6, 6, 3, 10, 5, 7, 7, 8, 3, 7, 9, 10, 19};
    /** Index = goal: how many lettered targets (x.a, x.b …) the goal has. */
    private static final int[] LETTERED = {0, 2, 3, 4, 3, 3, 2, 2, 2, 3, 3, 3, 3, 2, 3, 3, 2, 0};

    public static Optional<SdgTarget> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        int goal = Integer.parseInt(m.group(1));
        if (goal < 1 || goal > Sdgs.GOALS) {
            return Optional.empty();
        }
        String target = m.group(2);
        boolean exists = Character.isDigit(target.charAt(0))
                ? !target.startsWith("0") && Integer.parseInt(target) <= NUMBERED[goal]
                : target.charAt(0) - 'a' < LETTERED[goal];
        return exists ? Optional.of(new SdgTarget(goal, target)) : Optional.empty();
    }

    public static boolean isValid(String code) {
        return parse(code).isPresent();
    }

    public String code() {
        return goal + "." + target;
    }
}
