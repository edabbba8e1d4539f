package io.github.segmentkit.live;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Closes, after each test, every live segmentation the test opened (each has a listener thread per subscription).
 * A test class registers one in a field annotated {@code RegisterExtension} and wraps what it builds:
 * {@code opened.track(LiveSegmentation.builder(SCHEMA).build(customers))}.
 */
final class OpenedLiveSegmentations implements AfterEachCallback {
    private final List<LiveSegmentation<?>> opened = new ArrayList<>();

    /** Remembers {@code live} to close it after the test, and returns it. */
    <T> LiveSegmentation<T> track(LiveSegmentation<T> live) {
        opened.add(live);
        return live;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(LiveSegmentation::close);
        opened.clear();
    }
}
