package io.github.segmentkit.api;

import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.internal.SafeText;
import java.util.Objects;

/**
 * A named group of customers: those for whom the criterion is TRUE.
 *
 * <pre>{@code
 * Segment outdoorYoung = Segment.named("outdoor-young")
 *         .describedAs("Young outdoor buyers in North America")
 *         .where(AGE.between(25, 34).and(COUNTRY.in("US", "CA")));
 * }</pre>
 *
 * @param name        unique within a segmenter; not blank, at most {@value #MAX_NAME_LENGTH} characters
 * @param description free text for people, may be empty
 * @param criterion   who belongs
 */
public record Segment(String name, String description, Criterion criterion) {
    /** The longest segment name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    public Segment {
        checkName(name);
        Objects.requireNonNull(description, () -> "description of segment '" + name + "'");
        Objects.requireNonNull(criterion, () -> "criterion of segment '" + name + "'");
    }

    /** Starts a segment definition. */
    public static Builder named(String name) {
        return new Builder(checkName(name), "");
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "segment name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("segment name is blank: '" + name + "'");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("segment name has " + name.length() + " characters, more than "
                    + MAX_NAME_LENGTH + ": '" + name.substring(0, 32) + "…'");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("segment name contains a control character: '"
                    + SafeText.escapeControls(name) + "'");
        }
        return name;
    }

    @Override
    public String toString() {
        return "Segment[" + name + ": " + criterion + "]";
    }

    /** The second step of {@link Segment#named}: an optional description, then the criterion. */
    public static final class Builder {
        private final String name;
        private final String description;

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        /** Adds a description for people. */
        public Builder describedAs(String description) {
            return new Builder(name, Objects.requireNonNull(description, "description"));
        }

        /** The segment of customers for whom {@code criterion} is TRUE. */
        public Segment where(Criterion criterion) {
            return new Segment(name, description, criterion);
        }
    }
}
