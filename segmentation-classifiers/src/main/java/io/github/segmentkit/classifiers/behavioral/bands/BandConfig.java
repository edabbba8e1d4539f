package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.classifiers.kit.Bands;
import java.util.List;
import java.util.Map;

/** What a fixed-band classifier's configuration tells: its type, inputs, output, settings and bands. */
interface BandConfig {
    String type();

    List<String> inputs();

    /** The setting naming the inputs. */
    default String inputsSetting() {
        return "inputs";
    }

    String output();

    Map<String, Object> toSettings();

    Bands bands();
}
