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
 * @param value       the label; {@value #UNCLASSIFIED} when the customer could not be placed
 * @param explanation why the customer is unclassified, or {@code null} for a classified customer
 */
public record Label(String value, String explanation) {
    /** The label of customers a classifier cannot place. */
    public static final String UNCLASSIFIED = "unclassified";

    public Label {
        Objects.requireNonNull(value, "value");
        if (value.equals(UNCLASSIFIED) != (explanation != null)) {
            throw new IllegalArgumentException("an unclassified label needs a reason and only it has one: '"
                    + value + "', reason " + explanation);
        }
    }

    /** A classified customer's label. */
    public static Label of(String value) {
        return new Label(value, null);
    }

    /** An unclassified customer, with the reason. */
    public static Label unclassified(String reason) {
        return new Label(UNCLASSIFIED, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the customer was placed. */
    public boolean isClassified() {
        return explanation == null;
    }

    /** Why the customer is unclassified; empty for a classified one. */
    public Optional<String> reason() {
        return Optional.ofNullable(explanation);
    }

    @Override
    public String toString() {
        return explanation == null ? value : value + " (" + explanation + ")";
    }
}
