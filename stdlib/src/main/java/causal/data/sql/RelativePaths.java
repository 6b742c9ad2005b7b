package causal.data.sql;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes the relative file paths of a query absolute under the script's folder.
 *
 * <p>Why not only DuckDB's {@code file_search_path}: DuckDB looks a relative path without a glob up in the process's
 * working folder first and in the search path only when it is not there, so a file of the same name in the folder
 * Causal was started from would silently win. Rewriting the literals DuckDB's parser found
 * ({@link ParsedQuery#fileLiterals()}) makes the script's folder the only place looked at; the search path stays set
 * for paths written in other ways (e.g. built by an expression).
 */
final class RelativePaths {
    /** A URL ({@code s3://}, {@code https://}) or a Windows drive ({@code C:}) is not relative. */
    private static final Pattern NOT_RELATIVE = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://|[A-Za-z]:|[/\\\\~]).*",
            Pattern.DOTALL);

    private RelativePaths() {
    }

    /** {@code sql} with each relative path among {@code literals} replaced by a literal of its absolute path. */
    static String resolve(String sql, List<ParsedQuery.FileLiteral> literals, Path folder) {
        StringBuilder sb = new StringBuilder(sql.length() + 64);
        int copied = 0;
        for (ParsedQuery.FileLiteral literal : literals) {
            if (!isRelative(literal.text()) || literal.start() < copied) {
                continue;
            }
            sb.append(sql, copied, literal.start()).append(SqlText.string(absolute(folder, literal.text())));
            copied = literal.end();
        }
        return sb.append(sql, copied, sql.length()).toString();
    }

    static boolean isRelative(String path) {
        return !path.isEmpty() && !NOT_RELATIVE.matcher(path).matches();
    }

    /** Joined as text, not with {@link Path#resolve}: a glob such as {@code *.parquet} is not a valid Windows path. */
    static String absolute(Path folder, String relative) {
        String base = folder.toAbsolutePath().normalize().toString();
        return base.endsWith("/") || base.endsWith("\\") ? base + relative : base + "/" + relative;
    }
}
