package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.TagsAttribute;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a {@link TagsAttribute}. The extractor may return any collection; duplicates count once. {@code null} means
 * missing; an empty collection means "no tags".
 *
 * <pre>{@code
 * TagsBinding<Customer> interests = new TagsBinding<>(INTERESTS, Customer::interests);
 * }</pre>
 *
 * @param attribute the attribute bound
 * @param extractor returns the tags, or {@code null} when missing
 * @param <T>       the customer type
 */
public record TagsBinding<T>(TagsAttribute attribute, Function<? super T, ? extends Collection<String>> extractor)
        implements AttributeBinding<T> {
    public TagsBinding {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(extractor, "extractor");
    }

    /** The raw collection the extractor returned (may hold duplicates), or {@code null}. */
    public Collection<String> tags(T customer) {
        return extractor.apply(customer);
    }

    @Override
    public Set<String> read(T customer) {
        Collection<String> tags = extractor.apply(customer);
        return tags == null ? null : Set.copyOf(tags);
    }
}
