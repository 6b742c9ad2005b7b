package causal.analysis;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a path written in a script points: relative paths against the script's folder, absolute paths as they are,
 * and {@code file:} URLs (as Spark users write them) as the local path they name. Other URLs ({@code hdfs://},
 * {@code s3a://}, …) name storage this machine cannot open as a file: Causal reads a data file's header before a
 * run to check the script against its columns, so such a location is refused with {@link #remoteReason}.
 */
public final class ScriptPaths {
    /** A URL's scheme and what follows; two characters at least, so that a drive letter (C:/data) is a path. */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:(//|/).*");

    private ScriptPaths() {
    }

    /** {@code path} as the script at {@code scriptName} means it. */
    public static Path resolve(String scriptName, String path) {
        Path p = Path.of(localPath(path));
        if (p.isAbsolute()) {
            return p;
        }
        Path dir = Path.of(scriptName).toAbsolutePath().getParent();
        return dir == null ? p : dir.resolve(p).normalize();
    }

    /**
     * {@code location} without a {@code file:} URL's scheme ({@code file:///data/x.csv}, {@code file:/data/x.csv},
     * {@code file://localhost/data/x.csv} are {@code /data/x.csv}); anything else as it is. Percent escapes are
     * left alone: the path is used as written.
     */
    public static String localPath(String location) {
        if (!location.regionMatches(true, 0, "file:", 0, 5)) {
            return location;
        }
        String rest = location.substring(5);
        if (rest.startsWith("//localhost/")) {
            return rest.substring("//localhost".length());
        }
        return rest.startsWith("///") ? rest.substring(2) : rest;
    }

    /**
     * Why {@code location} cannot be read as data, when it is a URL of remote storage ({@code hdfs://},
     * {@code s3a://}, {@code https://}, …); empty for a local path or a {@code file:} URL.
     */
    public static Optional<String> remoteReason(String location) {
        if (location.regionMatches(true, 0, "file://", 0, 7) && !location.startsWith("///", 5)
                && !location.regionMatches(true, 5, "//localhost/", 0, 12)) {
            return Optional.of(location + " names a file on another host; give the path where it is mounted here "
                    + "(file:///… or a plain path)");
        }
        if (!URL.matcher(location).matches() || location.regionMatches(true, 0, "file:", 0, 5)) {
            return Optional.empty();
        }
        String scheme = location.substring(0, location.indexOf(':'));
        return Optional.of(location + " names remote storage (" + scheme + "); Causal reads and writes files on "
                + "this machine only (it checks a script against its data's columns before running). Give the path "
                + "where the storage is mounted (a shared filesystem, an HDFS NFS gateway, s3fs); under engine = "
                + "spark(…) the executors read that same path");
    }
}
