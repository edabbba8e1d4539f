package io.github.segmentkit.core.column;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.concurrent.ClaimableTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Builds a table from a list on several threads: worker {@code w} reads a contiguous run of chunks with its own
 * {@link ColumnTable.Builder}, so reading customer objects (memory-latency bound) overlaps. Every worker's
 * dictionaries continue those of the first chunk, which the caller reads alone, so that the codes of the values seen
 * there (in customer data, nearly all of them) mean the same in every worker. The workers' dictionaries are then
 * merged in worker order, and only the chunks of later workers that hold a value first seen by that worker have their
 * codes renumbered.
 */
final class ParallelTableBuild {
    private ParallelTableBuild() {
    }

    static <T> ColumnTable<T> build(CustomerSchema<T> schema, List<? extends T> customers, int chunkRows,
            int parallelism, Executor executor) {
        int rows = customers.size();
        int chunks = (int) ((rows + (long) chunkRows - 1) / chunkRows);
        int workers = Math.max(1, Math.min(parallelism, chunks));
        if (workers == 1) {
            return ColumnTable.builder(schema, chunkRows).expecting(rows).addAll(customers).build();
        }
        int chunksPerWorker = (chunks + workers - 1) / workers;
        List<ColumnTable.Builder<T>> builders = new ArrayList<>();
        List<ClaimableTask<Void>> parts = new ArrayList<>();
        // the caller builds the first chunk alone, so that a table too large for the heap is refused before any
        // helper starts filling it
        ColumnTable.Builder<T> first = ColumnTable.Builder.startingAt(schema, chunkRows, 0, null).expecting(rows);
        first.addRange(customers, 0, chunkRows);
        List<Dictionary> seeds = first.dictionaries();
        for (int w = 0; w < workers; w++) {
            int from = Math.min(rows, w * chunksPerWorker * chunkRows);
            int to = Math.min(rows, (w + 1) * chunksPerWorker * chunkRows);
            ColumnTable.Builder<T> builder = w == 0 ? first
                    : ColumnTable.Builder.startingAt(schema, chunkRows, from, seeds);
            builders.add(builder);
            Runnable part = () -> builder.addRange(customers, from, to);
            parts.add(w == 0 ? null : ClaimableTask.submit(part, executor));
        }
        // the caller reads the first run while the helpers read the others
        runFirst(parts, builders, customers, chunkRows, chunksPerWorker * chunkRows);
        return merge(schema, chunkRows, rows, builders, seeds);
    }

    private static <T> void runFirst(List<ClaimableTask<Void>> parts, List<ColumnTable.Builder<T>> builders,
            List<? extends T> customers, int from, int firstRun) {
        RuntimeException first = null;
        try {
            builders.get(0).addRange(customers, from, Math.min(firstRun, customers.size()));
        } catch (RuntimeException e) {
            first = e;
        }
        // run every run no pool thread has started (the pool's threads may all be busy, or blocked on a lock this
        // thread holds), wait for the others, then report the failure of the earliest run: the first bad row in list
        // order
        Throwable helpers = ClaimableTask.joinAll(parts.subList(1, parts.size()));
        Throwable failure = first != null ? first : helpers;
        if (failure != null) {
            throw WorkerFailures.unwrapped(failure);
        }
    }

    private static <T> ColumnTable<T> merge(CustomerSchema<T> schema, int chunkRows, int rows,
            List<ColumnTable.Builder<T>> builders, List<Dictionary> seeds) {
        List<List<List<Chunk>>> sealed = builders.stream().map(ColumnTable.Builder::sealAll).toList();
        List<AttributeBinding<T>> bindings = schema.bindings();
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int a = 0; a < bindings.size(); a++) {
            AttributeKind kind = bindings.get(a).attribute().kind();
            boolean coded = kind == AttributeKind.CATEGORICAL || kind == AttributeKind.TAGS;
            Dictionary.Builder dictionary = builders.get(0).dictionary(a).toBuilder();
            List<Chunk> chunks = new ArrayList<>();
            for (int w = 0; w < builders.size(); w++) {
                List<Chunk> part = sealed.get(w).get(a + 1);
                if (w == 0 || !coded) {
                    chunks.addAll(part);
                    continue;
                }
                Dictionary local = builders.get(w).dictionary(a);
                int seeded = seeds.get(a).size();
                int[] codes = new int[local.size()];
                int unchanged = 0;   // codes [0, unchanged) keep their number
                for (int code = 0; code < codes.length; code++) {
                    // the seeded codes are the merged dictionary's too, since worker 0 continued the same seed
                    codes[code] = code < seeded ? code : dictionary.code(local.valueOf(code));
                    if (codes[code] == code && unchanged == code) {
                        unchanged++;
                    }
                }
                for (Chunk chunk : part) {
                    chunks.add(kind == AttributeKind.TAGS ? recode((TagsChunk) chunk, codes, unchanged)
                            : recode((LongChunk) chunk, codes, unchanged));
                }
            }
            columns.put(bindings.get(a).attribute().name(), new Column(bindings.get(a).attribute(),
                    dictionary.build(), chunks.toArray(new Chunk[0])));
        }
        List<Chunk> ids = new ArrayList<>();
        sealed.forEach(part -> ids.addAll(part.get(0)));
        return new ColumnTable<>(schema, chunkRows, rows, new Column(null, Dictionary.EMPTY,
                ids.toArray(new Chunk[0])), columns);
    }

    /**
     * The chunk with every category code {@code c} replaced by {@code codes[c]}; the chunk itself when its codes all
     * lie below {@code unchanged}, which map to themselves.
     */
    private static LongChunk recode(LongChunk chunk, int[] codes, int unchanged) {
        if (chunk.values().max() < unchanged) {
            return chunk;
        }
        long[] values = new long[chunk.size()];
        for (int i = 0; i < values.length; i++) {
            int code = (int) chunk.values().get(i);
            // only a chunk whose every value is missing holds a code outside the dictionary (0, when it is empty)
            values[i] = code < codes.length ? codes[code] : 0;
        }
        return new LongChunk(PackedLongs.pack(values, values.length), chunk.missing());
    }

    /**
     * The chunk with the bitmap of tag code {@code c} moved to {@code codes[c]}; the chunk itself when its codes all
     * lie below {@code unchanged}, which map to themselves.
     */
    private static TagsChunk recode(TagsChunk chunk, int[] codes, int unchanged) {
        if (chunk.tags().length <= unchanged) {
            return chunk;
        }
        long[][] tags = new long[0][];
        for (int code = 0; code < chunk.tags().length; code++) {
            long[] rows = chunk.tags()[code];
            if (rows != null) {
                int target = codes[code];
                if (target >= tags.length) {
                    tags = Arrays.copyOf(tags, target + 1);
                }
                tags[target] = rows;
            }
        }
        return new TagsChunk(tags, chunk.missing(), chunk.size());
    }
}
