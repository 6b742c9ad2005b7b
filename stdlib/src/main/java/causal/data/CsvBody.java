package causal.data;

import causal.progress.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The data rows of a CSV file, after its header, read into a {@link Table}. A large file is cut into chunks at line
 * breaks and read in two parallel passes. The first finds each chunk's records as if one started at the cut; a
 * chunk is kept only when the chunk before it ended exactly there, and is scanned again from where that one ended
 * otherwise (a cut inside a quoted field), so the records are those of reading the file in one go, and the first
 * failure by position in the file is the one reported. The second parses the cells, each chunk writing its numbers
 * straight into the columns' arrays at its rows: a numeric column's array is made once, at its final size, and
 * never copied.
 * Bad cells, which need whole columns, are reported after all rows are read, as {@link FastCsvReader} does.
 */
final class CsvBody {
    /**
     * How a file is cut: files below {@code parallelFromBytes} in one chunk on the calling thread (threads would cost
     * more than they save), larger ones in up to {@code maxChunks} chunks of at least {@code smallestChunkBytes}, each
     * read {@code bufferBytes} at a time. Tests cut small files into many tiny chunks.
     */
    record Chunking(long parallelFromBytes, long smallestChunkBytes, int maxChunks, int bufferBytes) {
        /**
         * Four chunks per processor, so that a thread slowed by other work does not hold up the rest; one chunk on a
         * single processor.
         */
        static Chunking forThisMachine() {
            int processors = Runtime.getRuntime().availableProcessors();
            return new Chunking(4L << 20, 1L << 20, processors == 1 ? 1 : 4 * processors, 1 << 20);
        }
    }

    private static final int CUT_WINDOW_BYTES = 1 << 16;

    private final FileChannel channel;
    private final Chunking chunking;
    private final String displayName;
    private final List<String> names;
    private final long size;

    private CsvBody(FileChannel channel, Chunking chunking, String displayName, List<String> names)
            throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.chunking = chunking;
        this.displayName = displayName;
        this.names = names;
    }

    /**
     * The table of the rows from file offset {@code from} (where the record after the header starts, on file line
     * {@code firstLine}) to the end, for the header {@code names}. Throws {@link DataException} as the reader does,
     * or {@link CsvFailure} of kind {@code FIELD_TOO_LONG} when the file is for FastCSV to read.
     */
    static Table read(FileChannel channel, Chunking chunking, long from, long firstLine, List<String> names,
            String displayName) throws IOException {
        return new CsvBody(channel, chunking, displayName, names).read(from, firstLine);
    }

    private Table read(long from, long firstLine) throws IOException {
        // Two passes over the bytes after the header, counted in whole megabytes crossed so the steps add up exactly.
        try (Progress.Task progress = Progress.start("reading " + displayName, 2 * (megabytes(size) - megabytes(from)),
                "MB")) {
            return read(from, firstLine, progress);
        }
    }

    private static long megabytes(long offset) {
        return offset >> 20;
    }

    private Table read(long from, long firstLine, Progress.Task progress) throws IOException {
        long[] cuts = cuts(from);
        List<CsvChunk> chunks = scanChunks(cuts, progress);
        int[] rowsBefore = new int[chunks.size() + 1];
        long[] firstLines = new long[chunks.size()];
        for (int k = 0; k < chunks.size(); k++) {
            firstLines[k] = k == 0 ? firstLine : firstLines[k - 1] + chunks.get(k - 1).lines();
            rowsBefore[k + 1] = rowsBefore[k] + chunks.get(k).rows();
            CsvFailure failure = chunks.get(k).failure();
            if (failure != null) {
                if (failure.kind() == CsvFailure.Kind.FIELD_TOO_LONG) {
                    throw failure;
                }
                throw failure.toDataException(displayName, rowsBefore[k], firstLines[k], names.size());
            }
        }
        int rows = rowsBefore[chunks.size()];
        ColumnParts[] columns = new ColumnParts[names.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = new ColumnParts(names.get(j), j, chunks, rowsBefore, firstLines, rows);
        }
        parallel(chunks.size(), k -> {
            chunks.get(k).read(channel, columns, rowsBefore[k]);
            progress.advance(megabytes(chunks.get(k).end()) - megabytes(chunks.get(k).from()));
        });
        failOnFirstBadCell(columns);
        readEarlyTexts(chunks, columns);
        return Table.of(displayName, rows, Arrays.stream(columns).map(ColumnParts::build).toList());
    }

    /**
     * The chunks in file order, each starting where the one before ended; the chunks after one that failed are
     * dropped, as nothing after a failure counts.
     */
    private List<CsvChunk> scanChunks(long[] cuts, Progress.Task progress) {
        int n = cuts.length - 1;
        CsvChunk[] chunks = new CsvChunk[n];
        parallel(n, k -> {
            chunks[k] = scanChunk(cuts[k], k + 1 == n ? Long.MAX_VALUE : cuts[k + 1]);
            progress.advance(megabytes(cuts[k + 1]) - megabytes(cuts[k]));
        });
        for (int k = 1; k < n; k++) {
            CsvChunk before = chunks[k - 1];
            if (before.failure() != null) {
                return List.of(chunks).subList(0, k);
            }
            if (before.end() != chunks[k].from()) {
                chunks[k] = scanChunk(before.end(), k + 1 == n ? Long.MAX_VALUE : Math.max(before.end(), cuts[k + 1]));
            }
        }
        return List.of(chunks);
    }

    private CsvChunk scanChunk(long from, long to) {
        long bytes = Math.max(0, Math.min(to, size) - from);
        int buffer = (int) Math.min(chunking.bufferBytes(), bytes + 64);
        return CsvChunk.scan(channel, from, to, names.size(), buffer);
    }

    /**
     * Where the chunks start: {@code from}, then just after the first LF at or after each equal share of the rest,
     * and the file's size last. One chunk for a small file.
     */
    private long[] cuts(long from) throws IOException {
        long bytes = size - from;
        int chunks = bytes < chunking.parallelFromBytes() ? 1
                : (int) Math.max(1, Math.min(chunking.maxChunks(), bytes / chunking.smallestChunkBytes()));
        List<Long> cuts = new ArrayList<>();
        cuts.add(from);
        for (int k = 1; k < chunks; k++) {
            long cut = afterLineFeed(from + bytes * k / chunks);
            if (cut > cuts.get(cuts.size() - 1) && cut < size) {
                cuts.add(cut);
            }
        }
        cuts.add(size);
        return cuts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The offset just after the first LF at or after {@code offset}, or {@code size} when there is none. */
    private long afterLineFeed(long offset) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(CUT_WINDOW_BYTES);
        for (long start = offset; start < size; start += window.limit()) {
            window.clear();
            if (channel.read(window, start) <= 0) {
                break;
            }
            window.flip();
            for (int i = 0; i < window.limit(); i++) {
                if (window.get(i) == '\n') {
                    return start + i + 1;
                }
            }
        }
        return size;
    }

    /** Bad cells are reported by row, then by column, so the user sees the one nearest the top of the file. */
    private void failOnFirstBadCell(ColumnParts[] columns) {
        Optional<ColumnParts> first = Arrays.stream(columns).filter(c -> c.badCell().isPresent())
                .min(Comparator.comparingInt(c -> c.badCell().orElseThrow().row()));
        if (first.isPresent()) {
            ColumnPart.Cell cell = first.get().badCell().orElseThrow();
            throw CsvFailure.notANumber(displayName, first.get().name(), cell.row() + 1L, cell.line(), cell.text());
        }
    }

    /** Text columns that began, in some chunk, with numbers or booleans need those cells' text: a second reading. */
    private void readEarlyTexts(List<CsvChunk> chunks, ColumnParts[] columns) {
        boolean any = false;
        for (ColumnParts column : columns) {
            if (column.kind() == ColumnPart.Kind.TEXT) {
                column.becomeText();
                any = true;
            }
        }
        if (any) {
            parallel(chunks.size(), k -> chunks.get(k).readEarlyTexts(channel));
        }
    }

    /** {@code task} for each of {@code n} chunks, in parallel (common fork-join pool) when there are several. */
    private static void parallel(int n, IntConsumer task) {
        if (n == 1) {
            task.accept(0);
        } else {
            IntStream.range(0, n).parallel().forEach(task);
        }
    }
}
