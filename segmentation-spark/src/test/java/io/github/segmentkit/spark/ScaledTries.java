package io.github.segmentkit.spark;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Divides every property's number of tries by {@value #PROPERTY}'s value (default {@value #DEFAULT_DIVISOR}): each
 * try of the conformance suite costs Spark jobs (a few hundred milliseconds each on a loaded two-core machine,
 * against microseconds in memory), and the suite's full bar of 1,650 tries would take the build past its time
 * budget. Half of them fit it (about two minutes on two quiet cores); {@code -Dsegmentkit.spark.triesDivisor=1}
 * runs the full bar (about four minutes on two quiet cores).
 */
public final class ScaledTries implements AroundPropertyHook {
    static final String PROPERTY = "segmentkit.spark.triesDivisor";
    static final int DEFAULT_DIVISOR = 2;

    /** Registered on the test class, it must reach the properties the class inherits. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int divisor = Integer.getInteger(PROPERTY, DEFAULT_DIVISOR);
        if (divisor < 1) {
            throw new IllegalArgumentException(PROPERTY + " must be at least 1, got " + divisor);
        }
        int tries = context.attributes().tries().orElse(1000);
        int scaled = Math.max(1, tries / divisor);
        context.attributes().setTries(scaled);
        // said in the build output, never a silent cut: how many tries ran and how to run them all
        System.err.printf("[segmentkit] Spark conformance %s: %d of the suite's %d tries (%s=%d; =1 runs them all,"
                + " about %d times as long: past the 4 minutes the Spark tests may add to the build)%n",
                context.label(), scaled, tries, PROPERTY, divisor, divisor);
        return property.execute();
    }
}
