package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.lit;

import io.github.segmentkit.api.criteria.ComparisonOperator;
import java.time.Instant;
import org.apache.spark.sql.Column;

/**
 * Compares Spark timestamps, whole microseconds, with an instant that may fall between two microseconds (Java
 * instants have nanoseconds), exactly: {@code v < c} for a {@code c} between microseconds {@code f} and
 * {@code f + 1} is {@code v <= f}, {@code v == c} is never true, and so on. Truncating the constant instead would
 * put a timestamp equal to {@code f} on the wrong side of {@code >=} and {@code <}.
 *
 * @param floor the constant's microseconds since the epoch, rounded down (saturated beyond {@code long})
 * @param exact whether the constant is a whole number of microseconds
 */
record Micros(long floor, boolean exact) {
    /** The instant in microseconds; an instant beyond {@code long} microseconds lies beyond any Spark timestamp. */
    static Micros of(Instant instant) {
        long nanos = instant.getNano();
        try {
            long micros = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), nanos / 1_000);
            return new Micros(micros, nanos % 1_000 == 0);
        } catch (ArithmeticException beyondLong) {
            // Spark timestamps end at year 9999: every one of them lies strictly on one side of this constant
            return new Micros(instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE, false);
        }
    }

    /** {@code micros op this}, for a non-null {@code micros}; NULL when it is NULL. */
    Column compare(Column micros, ComparisonOperator operator) {
        switch (operator) {
            case EQ:
                return exact ? micros.equalTo(lit(floor)) : whenPresent(micros, false);
            case NE:
                return exact ? micros.notEqual(lit(floor)) : whenPresent(micros, true);
            case LT:
                return exact ? micros.lt(lit(floor)) : micros.leq(lit(floor));
            case LE:
                return micros.leq(lit(floor));
            case GT:
                return micros.gt(lit(floor));
            default:
                return exact ? micros.geq(lit(floor)) : micros.gt(lit(floor));
        }
    }

    private static Column whenPresent(Column value, boolean answer) {
        return org.apache.spark.sql.functions.when(value.isNotNull(), lit(answer));
    }
}
