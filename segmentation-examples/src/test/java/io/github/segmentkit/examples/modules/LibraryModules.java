package io.github.segmentkit.examples.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The library modules as built: where each one's classes are (a {@code target/classes} directory in the reactor, a
 * jar elsewhere), found through a class it is known to hold, and what its descriptor declares.
 */
final class LibraryModules {
    /** One class of each library module, by module name. */
    static final Map<String, Class<?>> ANCHORS = Map.ofEntries(
            Map.entry("io.github.segmentkit.api", io.github.segmentkit.api.Segment.class),
            Map.entry("io.github.segmentkit.campaign", io.github.segmentkit.campaign.playbook.Playbook.class),
            Map.entry("io.github.segmentkit.classifiers", io.github.segmentkit.classifiers.kit.Bands.class),
            Map.entry("io.github.segmentkit.core", io.github.segmentkit.core.engine.ColumnarSegmenter.class),
            Map.entry("io.github.segmentkit.definitions", io.github.segmentkit.definitions.Definitions.class),
            Map.entry("io.github.segmentkit.insight", io.github.segmentkit.insight.CriterionLeaf.class),
            Map.entry("io.github.segmentkit.io", io.github.segmentkit.io.CustomerMapping.class),
            Map.entry("io.github.segmentkit.jdbc", io.github.segmentkit.jdbc.JdbcSegmentation.class),
            Map.entry("io.github.segmentkit.live", io.github.segmentkit.live.LiveSegmentation.class),
            Map.entry("io.github.segmentkit.report", io.github.segmentkit.report.SegmentReport.class),
            Map.entry("io.github.segmentkit.testing", io.github.segmentkit.testing.ReferenceEvaluator.class));

    private LibraryModules() {
    }

    static Path location(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModuleReference reference(String module) {
        Path location = location(ANCHORS.get(module));
        ModuleReference reference = ModuleFinder.of(location).find(module).orElseThrow(() ->
                new AssertionError(location + " holds no module named " + module + " (is module-info.java there?)"));
        if (reference.descriptor().isAutomatic()) {
            throw new AssertionError(module + " is an automatic module: it needs a module-info.java");
        }
        return reference;
    }

    /**
     * Every public type (nested ones included when every enclosing type is public) of the packages {@code module}
     * exports to everyone, as "module: type" lines, sorted.
     */
    static List<String> exportedTypes(String module) {
        ModuleReference reference = reference(module);
        ClassLoader loader = LibraryModules.class.getClassLoader();
        TreeSet<String> types = new TreeSet<>();
        try (var reader = reference.open(); Stream<String> entries = reader.list()) {
            List<String> classes = entries.filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class")
                    && !e.endsWith("package-info.class") && !e.startsWith("META-INF/")).toList();
            for (String entry : classes) {
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (!isExportedToAll(reference.descriptor(), pkg)) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, loader);
                if (isPublicAllTheWay(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                    types.add(module + ": " + type.getName().replace('$', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(types);
    }

    private static boolean isExportedToAll(ModuleDescriptor descriptor, String pkg) {
        return descriptor.exports().stream().anyMatch(e -> e.source().equals(pkg) && !e.isQualified());
    }

    private static boolean isPublicAllTheWay(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
