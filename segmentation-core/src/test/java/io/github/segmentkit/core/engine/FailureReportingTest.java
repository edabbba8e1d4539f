package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failures reach the caller as they would on the caller's own thread, named: an error on a helper thread as the error,
 * an unreadable customer as the typed exception with its row (never wrapped in a {@code CompletionException}), and a
 * null in the input as what it is.
 */
class FailureReportingTest {
    private static final LongAttribute SCORE = Attribute.ofLong("score");
    /** 64-row chunks and two workers: the caller reads rows 0..1023, the helper thread rows 1024..2047. */
    private static final int ROWS = 2048;
    private static final long FAILING_ID = 2000;

    private final ExecutorService helpers = Executors.newFixedThreadPool(1);

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    private ColumnarSegmenter<Long> engineWhoseExtractorThrows(RuntimeException exception, Error error) {
        CustomerSchema<Long> schema = CustomerSchema.<Long>builder(id -> id)
                .numeric(SCORE, (Long id) -> {
                    if (id == FAILING_ID) {
                        if (error != null) {
                            throw error;
                        }
                        throw exception;
                    }
                    return id;
                })
                .build();
        SegmenterDefinition<Long> definition = new SegmenterDefinition<>(schema,
                List.of(Segment.named("high").where(SCORE.ge(1_000))), null, 2);
        return new ColumnarSegmenter<>(definition, 64, helpers);
    }

    private static List<Long> customers() {
        return LongStream.range(0, ROWS).boxed().toList();
    }

    @Test
    void should_throw_an_error_of_a_helper_thread_unwrapped() {
        AssertionError error = new AssertionError("extractor invariant broken");

        Throwable thrown = catchThrowable(() -> engineWhoseExtractorThrows(null, error).segment(customers()));

        assertThat(thrown).isSameAs(error);
    }

    @Test
    void should_throw_an_unreadable_customer_of_a_helper_thread_with_its_row() {
        Throwable thrown = catchThrowable(() -> engineWhoseExtractorThrows(new IllegalStateException("service down"),
                null).segment(customers()));

        assertThat(thrown).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("row 2000 (0-based), customer 2000: attribute 'score': service down");
    }

    @Test
    void should_name_the_row_of_a_null_in_the_input_and_refuse_a_null_customer_alike() {
        List<Long> customers = new java.util.ArrayList<>(customers());
        customers.set(1500, null);
        ColumnarSegmenter<Long> engine = engineWhoseExtractorThrows(new IllegalStateException("unused"), null);

        assertThat(catchThrowable(() -> engine.segment(customers))).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("row 1500 (0-based): null instead of a customer");
        assertThat(catchThrowable(() -> engine.segmentsOf(null))).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("the customer: null instead of a customer");
    }
}
