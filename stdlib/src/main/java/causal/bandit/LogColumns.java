package causal.bandit;

import java.util.List;
import java.util.Optional;

/**
 * Which columns of a table make a bandit log, as a script's {@code logs(action = item, reward = click,
 * propensity = pscore, context = {age, income}, position = rank, slate = impression)} names them.
 *
 * <ul>
 *   <li>{@code action}: categorical (each level an arm, in the column's level order), whole numbers 0, 1, … (arm
 *       numbers; the arms are 0 to the largest), or true/false (two arms);</li>
 *   <li>{@code reward}: numeric or true/false;</li>
 *   <li>{@code propensity}: numeric in (0, 1], needed by off-policy evaluation;</li>
 *   <li>{@code context}: numeric or true/false columns;</li>
 *   <li>{@code position}: whole numbers, the rank a slate showed the arm at;</li>
 *   <li>{@code slate}: any column whose value changes from one slate's rows to the next.</li>
 * </ul>
 */
public record LogColumns(String action, String reward, Optional<String> propensity, List<String> context,
        Optional<String> position, Optional<String> slate) {

    public LogColumns {
        context = List.copyOf(context);
    }

    /** A log of actions and rewards alone, as a simulation by replay reads. */
    public static LogColumns of(String action, String reward) {
        return new LogColumns(action, reward, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    public LogColumns withPropensity(String column) {
        return new LogColumns(action, reward, Optional.of(column), context, position, slate);
    }

    public LogColumns withContext(List<String> columns) {
        return new LogColumns(action, reward, propensity, columns, position, slate);
    }

    public LogColumns withPosition(String column) {
        return new LogColumns(action, reward, propensity, context, Optional.of(column), slate);
    }

    public LogColumns withSlate(String column) {
        return new LogColumns(action, reward, propensity, context, position, Optional.of(column));
    }

    /** Every column named, in the order above. */
    List<String> all() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>(List.of(action, reward));
        propensity.ifPresent(names::add);
        names.addAll(context);
        position.ifPresent(names::add);
        slate.ifPresent(names::add);
        return names;
    }
}
