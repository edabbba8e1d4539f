package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import java.util.Arrays;
import java.util.Collection;

/**
 * An attribute with string values compared exactly and case-sensitively (no trimming, no Unicode normalisation), such
 * as a country code, an occupation or a city name in any script.
 *
 * <pre>{@code
 * static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
 * Criterion northAmerica = COUNTRY.in("US", "CA");
 * Criterion notUk = COUNTRY.ne("GB");   // UNKNOWN when the country is missing
 * }</pre>
 *
 * @param name the attribute's name
 */
public record CategoricalAttribute(String name) implements Attribute {
    public CategoricalAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.CATEGORICAL;
    }

    /** Equal to {@code value}; the same as {@code in(value)}. */
    public Criterion eq(String value) {
        return in(value);
    }

    /** Present and different from {@code value}; the same as {@code notIn(value)}. */
    public Criterion ne(String value) {
        return notIn(value);
    }

    /** One of the values. */
    public Criterion in(String... values) {
        return in(Arrays.asList(values));
    }

    /** One of the values. */
    public Criterion in(Collection<String> values) {
        return new CategoryIn(this, values);
    }

    /** Present and none of the values: {@code not(in(values))}, so a missing value gives UNKNOWN as in SQL. */
    public Criterion notIn(String... values) {
        return Criteria.not(in(values));
    }

    /** Present and none of the values. */
    public Criterion notIn(Collection<String> values) {
        return Criteria.not(in(values));
    }

    @Override
    public String toString() {
        return name;
    }
}
