package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.internal.SafeText;
/**
 * A named, typed property of a customer. Attributes are constants that criteria are written against; a
 * {@link io.github.segmentkit.api.schema.CustomerSchema} binds each one to a function reading it from the user's own
 * customer class.
 *
 * <pre>{@code
 * static final LongAttribute AGE = Attribute.ofLong("age");
 * static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
 *
 * Criterion youngCanadians = AGE.between(18, 24).and(COUNTRY.eq("CA"));
 * }</pre>
 *
 * <p>Two attributes are equal when their name and kind are equal. Every value may be missing; a comparison with a
 * missing value is {@link io.github.segmentkit.api.Truth#UNKNOWN}.
 */
public sealed interface Attribute
        permits OrderedAttribute, CategoricalAttribute, BooleanAttribute, TagsAttribute, GeoPointAttribute {

    /** The longest attribute name accepted. */
    int MAX_NAME_LENGTH = 128;

    /** The attribute's name, unique within a schema. */
    String name();

    /** The attribute's kind. */
    AttributeKind kind();

    /** A whole-number attribute ({@code long} values), e.g. age or number of orders. */
    static LongAttribute ofLong(String name) {
        return new LongAttribute(name);
    }

    /** A floating-point attribute ({@code double} values; NaN is missing), e.g. income. */
    static DoubleAttribute ofDouble(String name) {
        return new DoubleAttribute(name);
    }

    /** A categorical attribute (exact, case-sensitive strings), e.g. country code. */
    static CategoricalAttribute ofCategorical(String name) {
        return new CategoricalAttribute(name);
    }

    /** A yes/no attribute, e.g. newsletter opt-in. */
    static BooleanAttribute ofBoolean(String name) {
        return new BooleanAttribute(name);
    }

    /** A calendar-date attribute, e.g. the date of the last order. */
    static DateAttribute ofDate(String name) {
        return new DateAttribute(name);
    }

    /** An instant attribute, e.g. the time of the last login. */
    static TimestampAttribute ofTimestamp(String name) {
        return new TimestampAttribute(name);
    }

    /** A set-of-strings attribute, e.g. interests. */
    static TagsAttribute ofTags(String name) {
        return new TagsAttribute(name);
    }

    /** A latitude/longitude attribute, e.g. home location. */
    static GeoPointAttribute ofGeoPoint(String name) {
        return new GeoPointAttribute(name);
    }

    /** Checks an attribute name: not blank, at most {@link #MAX_NAME_LENGTH} characters, no control characters. */
    static String checkName(String name) {
        if (name == null) {
            throw new NullPointerException("attribute name");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("attribute name is blank: '" + name + "'");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("attribute name has " + name.length() + " characters, more than "
                    + MAX_NAME_LENGTH + ": '" + name.substring(0, 32) + "…'");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("attribute name contains a control character: '"
                    + SafeText.escapeControls(name) + "'");
        }
        return name;
    }
}
