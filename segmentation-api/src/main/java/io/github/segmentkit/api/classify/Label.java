package io.github.segmentkit.api.classify;

import java.util.Objects;
import java.util.Optional;

/**
 * What a classifier says about one customer: a label such as {@code "25-34"} or {@code "champions"}, or
 * {@value #UNCLASSIFIED} with the reason it could not place the customer. Never a silent drop: an ordinary
 * missing value gives an unclassified label, not an exception.
 *
 * <pre>{@code
 * Label band = Label.of("25-34");
 * Label none = Label.unclassified("age is missing");
 * none.value();    // "unclassified"
 * none.reason();   // Optional["age is missing"]
 * }</pre>
 *
 * <p>Immutable; equal when value and reason are equal.
 */
public final class Label {
    /** The label of customers a classifier cannot place. */
    public static final String UNCLASSIFIED = "unclassified";

    private final String value;
    private final String reason;

    private Label(String value, String reason) {
        this.value = value;
        this.reason = reason;
    }

    /**
     * A classified customer's label.
     *
     * @throws IllegalArgumentException when {@code value} is {@value #UNCLASSIFIED}: use {@link #unclassified(String)}
     */
    public static Label of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.equals(UNCLASSIFIED)) {
            throw new IllegalArgumentException("'" + UNCLASSIFIED + "' needs a reason: use Label.unclassified(reason)");
        }
        return new Label(value, null);
    }

    /** An unclassified customer, with the reason. */
    public static Label unclassified(String reason) {
        return new Label(UNCLASSIFIED, Objects.requireNonNull(reason, "reason"));
    }

    /** The label; {@value #UNCLASSIFIED} when the customer could not be placed. */
    public String value() {
        return value;
    }

    /** Whether the customer was placed. */
    public boolean isClassified() {
        return reason == null;
    }

    /** Why the customer is unclassified; empty for a classified one. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Label label && value.equals(label.value) && Objects.equals(reason, label.reason);
    }

    @Override
    public int hashCode() {
        return 31 * value.hashCode() + Objects.hashCode(reason);
    }

    @Override
    public String toString() {
        return reason == null ? value : value + " (" + reason + ")";
    }
}
