package causal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table written as CSV reads back as the same table. */
class CsvWriterTest {
    @Test
    void aTableWrittenAndReadBackIsTheSame(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "x,flag,city,note\n1,true,Oslo,\"a, b\"\n0.1,false,,\"say \"\"hi\"\"\"\n"
                + "1e-300,,Bergen,plain\n,true,Oslo,x\n");
        Table table = CsvReader.read(in, "in.csv");
        Path out = dir.resolve("out.csv");
        CsvWriter.write(table, out);
        Table back = CsvReader.read(out, "out.csv");
        assertThat(back.schema()).isEqualTo(table.schema());
        for (String name : List.of("x", "flag", "city", "note")) {
            for (int i = 0; i < table.rowCount(); i++) {
                assertThat(back.column(name).text(i)).isEqualTo(table.column(name).text(i));
                assertThat(back.column(name).isMissing(i)).isEqualTo(table.column(name).isMissing(i));
            }
        }
        assertThat(back.column("x").numeric(2)).isEqualTo(1e-300);
        assertThat(Files.readString(out)).startsWith("x,flag,city,note\n1,true,Oslo,\"a, b\"\n");
    }
}
