package io.github.segmentkit.campaign.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The actions attached to segments, in priority order: which campaign each segment's members enter, through which
 * channel, with which message and offer. Built in Java or read from a JSON document ({@link PlaybookJson}).
 *
 * <pre>{@code
 * Playbook playbook = Playbook.builder()
 *         .play("champions", Action.of("vip-preview", "email", "tpl-vip-1"), 1)
 *         .play("at-risk", Action.of("win-back", "email", "tpl-winback-3").withOffer("15% off"), 2)
 *         .build();
 * }</pre>
 *
 * <p>Each segment has at most one play, each campaign name belongs to one play and priorities are distinct, so
 * that every customer's campaign is defined: a customer in several of the segments enters the campaign of the
 * smallest priority number. At most {@value #MAX_PLAYS} plays. Immutable and thread-safe.
 */
public final class Playbook {
    /** The most plays a playbook holds. */
    public static final int MAX_PLAYS = 1_000;

    private final List<Play> plays;

    private Playbook(List<Play> plays) {
        this.plays = plays;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A playbook of {@code plays}, in any order.
     *
     * @throws IllegalArgumentException as {@link Builder#build()}
     */
    public static Playbook of(List<Play> plays) {
        Builder builder = builder();
        Objects.requireNonNull(plays, "plays").forEach(builder::add);
        return builder.build();
    }

    /** The plays, by priority (smallest number first). */
    public List<Play> plays() {
        return plays;
    }

    /** The play of {@code segment}, if it has one. */
    public Optional<Play> playFor(String segment) {
        return plays.stream().filter(p -> p.segment().equals(segment)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Playbook && ((Playbook) other).plays.equals(plays);
    }

    @Override
    public int hashCode() {
        return plays.hashCode();
    }

    @Override
    public String toString() {
        return "Playbook" + plays;
    }

    /** Collects plays; {@link #build()} checks them together. Not thread-safe. */
    public static final class Builder {
        private final List<Play> plays = new ArrayList<>();

        private Builder() {
        }

        /** Adds the play {@code segment → action} at {@code priority}. */
        public Builder play(String segment, Action action, int priority) {
            return add(new Play(segment, action, priority));
        }

        /** Adds {@code play}. */
        public Builder add(Play play) {
            plays.add(Objects.requireNonNull(play, "play"));
            return this;
        }

        /**
         * The playbook.
         *
         * @throws IllegalArgumentException naming the values when a segment, a campaign or a priority appears in two
         *                                  plays, or when there are more than {@value #MAX_PLAYS} plays
         */
        public Playbook build() {
            if (plays.size() > MAX_PLAYS) {
                throw new IllegalArgumentException(plays.size() + " plays, more than the limit of " + MAX_PLAYS);
            }
            for (int i = 0; i < plays.size(); i++) {
                for (int j = 0; j < i; j++) {
                    requireDistinct(plays.get(j), plays.get(i));
                }
            }
            List<Play> sorted = new ArrayList<>(plays);
            sorted.sort(Comparator.comparingInt(Play::priority));
            return new Playbook(List.copyOf(sorted));
        }

        private static void requireDistinct(Play first, Play second) {
            if (first.segment().equals(second.segment())) {
                throw new IllegalArgumentException("segment '" + second.segment() + "' has two plays (campaigns '"
                        + first.campaign() + "' and '" + second.campaign() + "'); a segment has at most one");
            }
            if (first.campaign().equals(second.campaign())) {
                throw new IllegalArgumentException("campaign '" + second.campaign() + "' is the action of two "
                        + "plays (segments '" + first.segment() + "' and '" + second.segment() + "'); give each "
                        + "its own campaign name");
            }
            if (first.priority() == second.priority()) {
                throw new IllegalArgumentException("priority " + second.priority() + " is given to two plays "
                        + "(segments '" + first.segment() + "' and '" + second.segment() + "'); priorities must "
                        + "be distinct so that every customer's campaign is defined");
            }
        }
    }
}
