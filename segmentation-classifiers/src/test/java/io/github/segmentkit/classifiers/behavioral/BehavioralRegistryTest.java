package io.github.segmentkit.classifiers.behavioral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.ClassifierRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehavioralRegistryTest {
    @Test
    void should_register_every_behavioral_classifier_under_its_stable_name() {
        assertThat(ClassifierRegistry.types()).contains("rfm", "purchase-frequency", "engagement", "kmeans");
        assertThat(ClassifierRegistry.create("rfm", Map.of()).type()).isEqualTo("rfm");
        assertThat(ClassifierRegistry.create("purchase-frequency", Map.of()).type()).isEqualTo("purchase-frequency");
        assertThat(ClassifierRegistry.create("engagement", Map.of()).type()).isEqualTo("engagement");
        assertThat(ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("x"))).type()).isEqualTo("kmeans");
    }
}
