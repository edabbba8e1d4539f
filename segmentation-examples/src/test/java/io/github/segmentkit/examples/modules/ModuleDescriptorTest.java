package io.github.segmentkit.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.spi.SegmenterProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's public surface is deliberate: every module has a real descriptor, exports only its API packages, and
 * the public types of those packages are exactly the checked-in {@code public-api.txt}. A new public type, or one
 * that went missing, fails this test until the list is updated in the same change.
 */
class ModuleDescriptorTest {
    private static final Path ACTUAL = Path.of("target", "public-api.actual.txt");

    @Test
    void should_export_exactly_the_checked_in_public_types() throws IOException {
        List<String> actual = new ArrayList<>();
        for (String module : new TreeSet<>(LibraryModules.ANCHORS.keySet())) {
            actual.addAll(LibraryModules.exportedTypes(module));
        }
        List<String> expected;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/public-api.txt"))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        if (!actual.equals(expected)) {
            Files.createDirectories(ACTUAL.getParent());
            Files.write(ACTUAL, actual);
            Set<String> added = new LinkedHashSet<>(actual);
            expected.forEach(added::remove);
            Set<String> removed = new LinkedHashSet<>(expected);
            actual.forEach(removed::remove);
            fail("the exported public types changed; if deliberate, copy " + ACTUAL.toAbsolutePath()
                    + " to src/test/resources/public-api.txt\nnew: " + added + "\ngone: " + removed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.github.segmentkit.core", "io.github.segmentkit.classifiers"})
    void should_provide_in_module_info_exactly_what_the_services_file_lists(String module) throws IOException {
        var reference = LibraryModules.reference(module);
        ModuleDescriptor descriptor = reference.descriptor();
        assertThat(descriptor.provides()).as("%s provides something", module).isNotEmpty();
        try (var reader = reference.open()) {
            for (ModuleDescriptor.Provides provides : descriptor.provides()) {
                String file = "META-INF/services/" + provides.service();
                Set<String> listed = new TreeSet<>();
                try (InputStream in = reader.open(file).orElseThrow(() -> new AssertionError(module + " lacks " + file))) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                        String entry = line.replaceAll("#.*", "").strip();
                        if (!entry.isEmpty()) {
                            listed.add(entry);
                        }
                    }
                }
                assertThat(listed).as("%s: %s", module, file)
                        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(provides.providers()));
            }
        }
    }

    @Test
    void should_resolve_on_the_module_path_with_internal_packages_hidden_and_services_found() throws Exception {
        ModuleFinder finder = ModuleFinder.of(
                LibraryModules.location(io.github.segmentkit.api.Segment.class),
                LibraryModules.location(io.github.segmentkit.core.engine.ColumnarSegmenter.class),
                LibraryModules.location(io.github.segmentkit.classifiers.kit.Bands.class),
                LibraryModules.location(io.github.segmentkit.definitions.Definitions.class),
                LibraryModules.location(io.github.segmentkit.io.CustomerMapping.class),
                LibraryModules.location(io.github.segmentkit.campaign.playbook.Playbook.class),
                LibraryModules.location(io.github.segmentkit.live.LiveSegmentation.class),
                LibraryModules.location(org.apache.commons.csv.CSVFormat.class),
                LibraryModules.location(org.apache.commons.io.IOUtils.class),
                LibraryModules.location(org.apache.commons.codec.binary.Base64.class),
                LibraryModules.location(org.roaringbitmap.RoaringBitmap.class),
                LibraryModules.location(org.objectweb.asm.ClassWriter.class),
                LibraryModules.location(com.fasterxml.jackson.databind.ObjectMapper.class),
                LibraryModules.location(com.fasterxml.jackson.core.JsonFactory.class),
                LibraryModules.location(com.fasterxml.jackson.annotation.JsonProperty.class),
                LibraryModules.location(org.slf4j.Logger.class));
        Set<String> roots = Set.of("io.github.segmentkit.core", "io.github.segmentkit.classifiers",
                "io.github.segmentkit.definitions", "io.github.segmentkit.io", "io.github.segmentkit.campaign",
                "io.github.segmentkit.live");
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), roots);
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());

        Module core = layer.findModule("io.github.segmentkit.core").orElseThrow();
        assertThat(core.isExported("io.github.segmentkit.core.engine")).isTrue();
        assertThat(core.isExported("io.github.segmentkit.core.column")).isFalse();
        assertThat(core.isExported("io.github.segmentkit.core.plan")).isFalse();
        Module api = layer.findModule("io.github.segmentkit.api").orElseThrow();
        assertThat(api.isExported("io.github.segmentkit.api.internal")).isFalse();
        assertThat(api.isExported("io.github.segmentkit.api.internal", core)).isTrue();
        Module io = layer.findModule("io.github.segmentkit.io").orElseThrow();
        assertThat(io.isExported("io.github.segmentkit.io")).isTrue();
        Module campaign = layer.findModule("io.github.segmentkit.campaign").orElseThrow();
        assertThat(campaign.isExported("io.github.segmentkit.campaign.response")).isTrue();
        assertThat(api.isExported("io.github.segmentkit.api.internal", campaign)).isTrue();
        Module live = layer.findModule("io.github.segmentkit.live").orElseThrow();
        assertThat(live.isExported("io.github.segmentkit.live")).isTrue();
        assertThat(core.isExported("io.github.segmentkit.core.row")).isFalse();
        assertThat(core.isExported("io.github.segmentkit.core.row", live)).isTrue();
        assertThat(core.isExported("io.github.segmentkit.core.concurrent")).isFalse();
        assertThat(core.isExported("io.github.segmentkit.core.concurrent", live)).isTrue();

        ClassLoader loader = layer.findLoader("io.github.segmentkit.api");
        Class<?> engineSpi = loader.loadClass(SegmenterProvider.class.getName());
        Set<String> engines = providerTypes(layer, engineSpi);
        assertThat(engines).containsExactly("io.github.segmentkit.core.CoreSegmenterProvider");
        Class<?> classifierSpi = loader.loadClass(ClassifierProvider.class.getName());
        Set<String> classifiers = providerTypes(layer, classifierSpi);
        Set<String> onClassPath = ServiceLoader.load(ClassifierProvider.class).stream()
                .map(p -> p.type().getName()).filter(n -> n.startsWith("io.github.segmentkit.classifiers."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(classifiers).as("built-in classifiers found on the module path and on the class path")
                .isEqualTo(onClassPath).hasSizeGreaterThanOrEqualTo(17);
    }

    private static Set<String> providerTypes(ModuleLayer layer, Class<?> service) {
        return ServiceLoader.load(layer, service).stream().map(p -> p.type().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
