package io.github.segmentkit.core.row;

import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.BooleanBinding;
import io.github.segmentkit.api.schema.CategoricalBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.DateBinding;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.GeoPointBinding;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import io.github.segmentkit.api.schema.TimestampBinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Every attribute of a schema given a slot of a {@link RowContext}, and the readers that extract a customer's values
 * into those slots: each attribute once per customer, longs, doubles, dates, timestamps and points as primitives.
 * Reading every attribute, not only those the criteria use, is what building a table does: a customer whose
 * extractor throws fails {@code segmentsOf} exactly as it fails {@code segment(customers)}.
 *
 * @param <T> the customer type
 */
final class AttributeSlots<T> {
    private final Map<String, Integer> slotByName = new HashMap<>();
    private final SlotReader<T>[] readers;

    @SuppressWarnings({"unchecked", "rawtypes"})   // a generic array is created raw, then typed
    AttributeSlots(CustomerSchema<T> schema) {
        List<AttributeBinding<T>> bindings = schema.bindings();
        readers = new SlotReader[bindings.size()];
        for (int slot = 0; slot < bindings.size(); slot++) {
            AttributeBinding<T> binding = bindings.get(slot);
            slotByName.put(binding.attribute().name(), slot);
            readers[slot] = reader(binding, slot);
        }
    }

    /** How many slots. */
    int size() {
        return readers.length;
    }

    /** The slot of the attribute named {@code name}. */
    int slotOf(String name) {
        Integer slot = slotByName.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("the schema has no attribute '" + name + "'");
        }
        return slot;
    }

    /** The reader of each slot, by slot: what a {@link RowKernel} calls. */
    SlotReader<T>[] readers() {
        return readers.clone();
    }

    /** The name of the attribute in {@code slot}. */
    String name(int slot) {
        return readers[slot].name();
    }

    /**
     * Extracts one attribute of {@code customer} into its slot of {@code context}.
     *
     * @throws AttributeReadException when the extractor fails or returns what the engine cannot store
     */
    void readOne(int slot, T customer, RowContext context) {
        SlotReader<T> reader = readers[slot];
        try {
            reader.read(customer, context);
        } catch (RuntimeException e) {
            throw new AttributeReadException(reader.name(), e);
        }
    }

    private static <T> SlotReader<T> reader(AttributeBinding<T> binding, int slot) {
        String name = binding.attribute().name();
        if (binding instanceof LongBinding<T> longs) {
            return new LongReader<>(name, slot, longs);
        }
        if (binding instanceof DoubleBinding<T> doubles) {
            return new DoubleReader<>(name, slot, doubles);
        }
        if (binding instanceof CategoricalBinding<T> || binding instanceof BooleanBinding<T>) {
            return new ReferenceReader<>(name, slot, binding);
        }
        if (binding instanceof DateBinding<T> dates) {
            return new DateReader<>(name, slot, dates);
        }
        if (binding instanceof TimestampBinding<T> timestamps) {
            return new TimestampReader<>(name, slot, timestamps);
        }
        if (binding instanceof TagsBinding<T> tags) {
            return new TagsReader<>(name, slot, tags);
        }
        return new PointReader<>(name, slot, (GeoPointBinding<T>) binding);
    }

    /**
     * Reads one attribute of a customer into its slot; package-private for the generated row code. Every reader is a
     * record, and so are the schema's bindings (but {@code LongBinding}): the JIT trusts a record's fields as it does
     * static finals, so in a {@link RowKernelGenerator generated kernel}, where each reader is a constant, the binding
     * and its extractor are constants too, and the extractor's call is inlined.
     */
    sealed interface SlotReader<T> {
        /** The attribute's name. */
        String name();

        void read(T customer, RowContext context);
    }

    private record LongReader<T>(String name, int slot, LongBinding<T> binding) implements SlotReader<T> {
        @Override
        public void read(T customer, RowContext context) {
            context.present[slot] = binding.readInto(customer, context.longs, 2 * slot);
        }
    }

    private record DoubleReader<T>(String name, int slot, DoubleBinding<T> binding) implements SlotReader<T> {
        @Override
        public void read(T customer, RowContext context) {
            context.doubles[2 * slot] = binding.applyAsDouble(customer);
        }
    }

    /** Categorical values and Booleans are kept as the extractor returns them: reading them allocates nothing. */
    private record ReferenceReader<T>(String name, int slot, AttributeBinding<T> binding) implements SlotReader<T> {
        @Override
        public void read(T customer, RowContext context) {
            context.refs[slot] = binding.read(customer);
        }
    }

    private record DateReader<T>(String name, int slot, DateBinding<T> binding) implements SlotReader<T> {
        @Override
        public void read(T customer, RowContext context) {
            LocalDate value = binding.read(customer);
            context.present[slot] = value != null;
            if (value != null) {
                context.longs[2 * slot] = value.toEpochDay();
            }
        }
    }

    private record TimestampReader<T>(String name, int slot, TimestampBinding<T> binding) implements SlotReader<T> {
        @Override
        public void read(T customer, RowContext context) {
            Instant value = binding.read(customer);
            context.present[slot] = value != null;
            if (value != null) {
                context.longs[2 * slot] = value.getEpochSecond();
                context.longs[2 * slot + 1] = value.getNano();
            }
        }
    }

    /** The raw collection, not a copied set: membership is the same and nothing is allocated. */
    private record TagsReader<T>(String name, int slot, TagsBinding<T> binding) implements SlotReader<T> {
        /** The two classes of {@code Set.of}'s sets (and {@code Set.copyOf}'s), which never hold null. */
        private static final Class<?> SET_OF_ONE_OR_TWO = Set.of("").getClass();
        private static final Class<?> SET_OF_OTHER_SIZES = Set.of().getClass();

        @Override
        public void read(T customer, RowContext context) {
            Collection<String> held = binding.tags(customer);
            if (held != null && holdsNull(held)) {
                throw new IllegalArgumentException("the tag collection contains null: " + held);
            }
            context.refs[slot] = held;
        }

        /**
         * Without allocating: an iterator would be an allocation, and so is the exception of a collection that
         * refuses to be asked about null (such a collection cannot hold one). {@code Set.of}'s sets refuse null when
         * built, so they are not asked; a random-access list is scanned by index (what its {@code contains} does,
         * and {@code List.of}'s lists throw when asked, while {@code Stream.toList()}'s, of the same class, may hold
         * null); any other collection is asked.
         */
        private static boolean holdsNull(Collection<String> held) {
            Class<?> type = held.getClass();
            if (type == SET_OF_ONE_OR_TWO || type == SET_OF_OTHER_SIZES) {
                return false;
            }
            if (held instanceof List<String> list && held instanceof RandomAccess) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == null) {
                        return true;
                    }
                }
                return false;
            }
            try {
                return held.contains(null);
            } catch (NullPointerException e) {
                return false;
            }
        }
    }

    private record PointReader<T>(String name, int slot, GeoPointBinding<T> binding) implements SlotReader<T> {
        /** Without a {@code GeoPoint} per customer when the binding reads two doubles ({@code ofCoordinates}). */
        @Override
        public void read(T customer, RowContext context) {
            context.present[slot] = binding.readInto(customer, context.doubles, context.longitudes, 2 * slot);
        }
    }
}
