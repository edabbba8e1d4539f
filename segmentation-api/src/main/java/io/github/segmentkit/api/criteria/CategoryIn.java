package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.CategoricalAttribute;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A categorical attribute equal to one of a set of strings (exact, case-sensitive); UNKNOWN when missing.
 * {@code COUNTRY.eq("US")} is {@code CategoryIn} with one value.
 *
 * <pre>{@code
 * Criterion northAmerica = COUNTRY.in("US", "CA");
 * }</pre>
 *
 * @param attribute the attribute tested
 * @param values    the accepted values, in first-given order, duplicates removed
 */
public record CategoryIn(CategoricalAttribute attribute, Set<String> values) implements Criterion {
    public CategoryIn(CategoricalAttribute attribute, Collection<String> values) {
        this(attribute, orderedCopy(attribute, values));
    }

    public CategoryIn {
        Objects.requireNonNull(attribute, "attribute");
        values = orderedCopy(attribute, values);
    }

    private static Set<String> orderedCopy(CategoricalAttribute attribute, Collection<String> values) {
        Objects.requireNonNull(values, () -> attribute.name() + ".in(null)");
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String value : values) {
            copy.add(Objects.requireNonNull(value, () -> attribute.name() + ".in(…) contains null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitCategoryIn(this);
    }

    @Override
    public String toString() {
        return attribute.name() + values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", ".in(", ")"));
    }
}
