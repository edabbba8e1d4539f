package io.github.segmentkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code segmentkit --version} prints, written into the jar by the build.
 *
 * <pre>{@code
 * segmentkit --version   # segmentkit 0.1.0
 * }</pre>
 */
final class Version implements IVersionProvider {
    static final String RESOURCE = "/io/github/segmentkit/cli/version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"segmentkit " + properties.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
