package io.github.segmentkit.api.classify;

import io.github.segmentkit.api.attribute.AttributeKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One attribute a classifier reads: its name, the setting that names it (for messages), and the attribute kinds it
 * can read. {@code CustomerSchema.withClassifier} refuses a schema whose attribute has another kind, because the
 * classifier would label every customer unclassified without saying why.
 *
 * <pre>{@code
 * ClassifierInput spend = ClassifierInput.numeric("spend_12m", "spend");
 * boolean fits = spend.accepts(AttributeKind.DOUBLE);   // true; a categorical attribute would not fit
 * }</pre>
 *
 * @param attribute the attribute read
 * @param setting   the setting (or path of a nested setting) naming it, such as {@code "input"} or
 *                  {@code "items[2].id"}
 * @param kinds     the kinds it can read, never empty
 */
public record ClassifierInput(String attribute, String setting, Set<AttributeKind> kinds) {
    public ClassifierInput {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(setting, "setting");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an input of no kind can never be read: " + attribute);
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** An input of the given kinds. */
    public static ClassifierInput of(String attribute, String setting, AttributeKind kind, AttributeKind... more) {
        return new ClassifierInput(attribute, setting, EnumSet.of(kind, more));
    }

    /** A number: a {@code long} or a {@code double} attribute. */
    public static ClassifierInput numeric(String attribute, String setting) {
        return of(attribute, setting, AttributeKind.LONG, AttributeKind.DOUBLE);
    }

    /** An input the classifier reads whatever its kind (the default for classifiers that say nothing). */
    public static ClassifierInput anyKind(String attribute, String setting) {
        return new ClassifierInput(attribute, setting, EnumSet.allOf(AttributeKind.class));
    }

    /** Whether an attribute of {@code kind} can be read. */
    public boolean accepts(AttributeKind kind) {
        return kinds.contains(kind);
    }

    /** The kinds in words, for messages: {@code "long or double"}. */
    public String kindsInWords() {
        StringBuilder words = new StringBuilder();
        int i = 0;
        for (AttributeKind kind : kinds) {
            if (i > 0) {
                words.append(i == kinds.size() - 1 ? " or " : ", ");
            }
            words.append(kind.label());
            i++;
        }
        return words.toString();
    }
}
