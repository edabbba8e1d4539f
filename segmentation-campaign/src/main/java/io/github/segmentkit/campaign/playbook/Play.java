package io.github.segmentkit.campaign.playbook;

import java.util.Objects;

/**
 * One line of a {@link Playbook}: the members of {@code segment} receive {@code action}. When a customer belongs to
 * the segments of several plays, the play with the smallest {@code priority} number wins (priority 1 comes first)
 * and the others suppress the customer as a member of a higher-priority campaign.
 *
 * <pre>{@code
 * Play play = new Play("at-risk", Action.of("win-back", "email", "tpl-winback-3"), 2);
 * }</pre>
 *
 * @param segment  the name of the segment whose members are targeted; not blank
 * @param action   what they receive
 * @param priority smaller is more important, in {@code [1, } {@value #MAX_PRIORITY}{@code ]}
 */
public record Play(String segment, Action action, int priority) {
    /** The largest priority number accepted. */
    public static final int MAX_PRIORITY = 1_000_000;

    public Play {
        Action.requireName("segment", segment);
        Objects.requireNonNull(action, "action");
        if (priority < 1 || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("play for segment '" + segment + "': priority " + priority
                    + " is not in [1, " + MAX_PRIORITY + "]");
        }
    }

    /** The campaign's name: {@code action().campaign()}. */
    public String campaign() {
        return action.campaign();
    }
}
