package causal.spark;

import java.net.URISyntaxException;
import java.net.URL;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.DefaultConfiguration;

/**
 * Keeps Spark quiet on stderr. Spark logs INFO through log4j2 and, finding log4j2 unconfigured, loads its own
 * INFO profile; configuring log4j2 first (warnings on stderr, {@code log4j2-causal.properties}) stops that. An
 * application that configured log4j2 itself keeps its configuration; only the root level is then set.
 */
final class QuietLogging {
    private static final String CONFIGURATION = "/causal/spark/log4j2-causal.properties";

    private QuietLogging() {
    }

    static void install(String level) {
        if (LogManager.getContext(false) instanceof LoggerContext context
                && context.getConfiguration() instanceof DefaultConfiguration) {
            URL resource = QuietLogging.class.getResource(CONFIGURATION);
            if (resource != null) {
                try {
                    Configurator.reconfigure(resource.toURI());
                } catch (URISyntaxException e) {
                    // The jar's own resource always has a valid URI; without it Spark's INFO profile applies.
                }
            }
        }
        Configurator.setRootLevel(Level.toLevel(level, Level.WARN));
    }
}
