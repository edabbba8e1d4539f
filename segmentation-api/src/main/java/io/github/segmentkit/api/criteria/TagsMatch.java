package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.TagsAttribute;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tags attribute holding any, all or none of a set of tags; UNKNOWN when the tag set is missing.
 *
 * <pre>{@code
 * Criterion outdoor = INTERESTS.containsAny("hiking", "camping");
 * }</pre>
 *
 * @param attribute the attribute tested
 * @param operator  any, all or none
 * @param tags      the tags, in first-given order, duplicates removed
 */
public record TagsMatch(TagsAttribute attribute, TagsOperator operator, Set<String> tags) implements Criterion {
    public TagsMatch(TagsAttribute attribute, TagsOperator operator, Collection<String> tags) {
        this(attribute, operator, orderedCopy(attribute, tags));
    }

    public TagsMatch {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        tags = orderedCopy(attribute, tags);
    }

    private static Set<String> orderedCopy(TagsAttribute attribute, Collection<String> tags) {
        Objects.requireNonNull(tags, () -> attribute.name() + " tags");
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String tag : tags) {
            copy.add(Objects.requireNonNull(tag, () -> attribute.name() + " tag list contains null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitTagsMatch(this);
    }

    @Override
    public String toString() {
        return attribute.name() + "." + operator.methodName()
                + tags.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ", "(", ")"));
    }
}
