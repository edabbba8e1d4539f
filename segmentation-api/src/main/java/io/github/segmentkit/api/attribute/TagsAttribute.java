package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.TagsMatch;
import java.util.Arrays;
import java.util.Collection;

/**
 * A set-of-strings attribute, such as interests or product categories bought. A missing set (the extractor returned
 * {@code null}) makes every tag criterion UNKNOWN; an empty set is present and simply holds no tag.
 *
 * <pre>{@code
 * static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
 * Criterion outdoor = INTERESTS.containsAny("hiking", "camping");
 * }</pre>
 *
 * @param name the attribute's name
 */
public record TagsAttribute(String name) implements Attribute {
    public TagsAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.TAGS;
    }

    /** Holds at least one of the tags. */
    public Criterion containsAny(String... tags) {
        return containsAny(Arrays.asList(tags));
    }

    /** Holds at least one of the tags. */
    public Criterion containsAny(Collection<String> tags) {
        return new TagsMatch(this, TagsOperator.ANY, tags);
    }

    /** Holds every one of the tags (vacuously true for an empty list). */
    public Criterion containsAll(String... tags) {
        return containsAll(Arrays.asList(tags));
    }

    /** Holds every one of the tags (vacuously true for an empty list). */
    public Criterion containsAll(Collection<String> tags) {
        return new TagsMatch(this, TagsOperator.ALL, tags);
    }

    /** Holds none of the tags. */
    public Criterion containsNone(String... tags) {
        return containsNone(Arrays.asList(tags));
    }

    /** Holds none of the tags. */
    public Criterion containsNone(Collection<String> tags) {
        return new TagsMatch(this, TagsOperator.NONE, tags);
    }

    @Override
    public String toString() {
        return name;
    }
}
