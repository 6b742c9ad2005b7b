package causal.analysis;

import causal.data.ColumnType;
import causal.data.DataException;
import causal.data.Schema;
import causal.syntax.DiagnosticCode;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Stmt;
import causal.syntax.Stmt.DataSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks {@code data} statements: files exist and have headers, names used by {@code where}/{@code with} exist. */
final class DataChecks {
    private final Checker checker;

    DataChecks(Checker checker) {
        this.checker = checker;
    }

    /** Column names and known-binary columns of a source, when it checks out. */
    private record Columns(List<String> names, Set<String> binary) {
    }

    void check(Stmt.Data d) {
        columns(d.source()).ifPresent(c -> checker.declarations()
                .putDataset(d.name().text(), new DatasetInfo(d, c.names(), c.binary())));
    }

    private Optional<Columns> columns(DataSource source) {
        if (source instanceof DataSource.Read r) {
            return read(r);
        }
        if (source instanceof DataSource.Simulate s) {
            return simulate(s);
        }
        if (source instanceof DataSource.Ref r) {
            DatasetInfo info = checker.declarations().datasets().get(r.name().text());
            if (info == null) {
                unknownDataset(r.name());
                return Optional.empty();
            }
            return Optional.of(new Columns(info.columns(), info.binaryColumns()));
        }
        if (source instanceof DataSource.Where w) {
            Optional<Columns> input = columns(w.input());
            input.ifPresent(c -> checkExpression(w.condition(), c.names()));
            return input;
        }
        DataSource.With w = (DataSource.With) source;
        Optional<Columns> input = columns(w.input());
        if (input.isEmpty()) {
            return input;
        }
        List<String> names = new ArrayList<>(input.get().names());
        Set<String> binary = new HashSet<>(input.get().binary());
        for (Stmt.Assignment a : w.assignments()) {
            checkExpression(a.value(), names);
            binary.remove(a.name().text());
            if (!names.contains(a.name().text())) {
                names.add(a.name().text());
            }
        }
        return Optional.of(new Columns(names, binary));
    }

    private Optional<Columns> read(DataSource.Read r) {
        for (var option : r.options()) {
            checker.error(DiagnosticCode.UNKNOWN_OPTION, option.span(), switch (r.format()) {
                case CSV -> "csv(…) takes no options: it reads comma-separated files with a header row";
                case PARQUET -> "parquet(…) takes no options: it reads the Parquet files the glob matches";
                case SQL -> "sql(…) takes no options: write them in the query";
            });
        }
        Optional<String> remote = r.format() == DataSource.Format.SQL ? Optional.empty()
                : ScriptPaths.remoteReason(r.location());
        if (remote.isPresent()) {
            checker.error(DiagnosticCode.DATA_ERROR, r.span(), remote.get());
            return Optional.empty();
        }
        try {
            if (EngineSources.isEngineRead(r)) {
                Schema schema = checker.schemas().querySchema(EngineSources.query(r, checker.resolve(".")));
                Set<String> flags = new HashSet<>();
                for (Schema.Field f : schema.fields()) {
                    if (f.type().equals(Optional.of(ColumnType.BOOLEAN))) {
                        flags.add(f.name());
                    }
                }
                return Optional.of(new Columns(schema.names(), flags));
            }
            List<String> names = checker.schemas().csvColumns(checker.resolve(r.location()), r.location());
            return Optional.of(new Columns(names, Set.of()));
        } catch (DataException e) {
            DiagnosticCode code = e.getMessage().contains("not found") || e.getMessage().contains("No files found")
                    ? DiagnosticCode.DATA_FILE_MISSING
                    : e.getMessage().contains("empty") ? DiagnosticCode.DATA_FILE_EMPTY : DiagnosticCode.DATA_ERROR;
            checker.error(code, r.span(), e.location() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Columns> simulate(DataSource.Simulate s) {
        ModelInfo model = checker.declarations().models().get(s.model().text());
        if (model == null) {
            checker.unknown(DiagnosticCode.UNKNOWN_MODEL, s.model().span(), s.model().text(),
                    checker.declarations().models().keySet(), hint -> "unknown model '" + s.model().text() + "'"
                    + hint);
            return Optional.empty();
        }
        requireConstant(s.n(), "n");
        s.seed().ifPresent(e -> requireConstant(e, "seed"));
        Set<String> binary = new LinkedHashSet<>(model.binary());
        binary.removeAll(model.latent());
        return Optional.of(new Columns(model.observed(), binary));
    }

    private void requireConstant(Expr e, String what) {
        if (!(e instanceof Expr.Number n) || n.value() < 0 || n.value() != Math.rint(n.value())) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), what + " must be a whole number, as in "
                    + "simulate m n 10000 seed 42");
        }
    }

    private void unknownDataset(Name name) {
        checker.unknown(DiagnosticCode.UNKNOWN_DATASET, name.span(), name.text(),
                checker.declarations().datasets().keySet(), hint -> "unknown dataset '" + name.text() + "'" + hint);
    }

    /** Every name an expression reads must be a column; every call a known function or distribution. */
    void checkExpression(Expr expr, List<String> columns) {
        for (Name n : ExpressionNames.references(expr)) {
            if (!columns.contains(n.text())) {
                checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, n.span(), n.text(), columns, hint -> "unknown column '"
                        + n.text() + "'" + hint);
            }
        }
        checkCalls(checker, expr);
    }

    static void checkCalls(Checker checker, Expr expr) {
        for (Expr.Call c : ExpressionNames.calls(expr)) {
            String f = c.function().text();
            Optional<Builtins.Arity> arity = Builtins.function(f).or(() -> Builtins.distribution(f));
            if (arity.isEmpty()) {
                checker.unknown(DiagnosticCode.UNKNOWN_FUNCTION, c.function().span(), f, Builtins.names(), hint ->
                        "unknown function '" + f + "'" + hint);
            } else if (!f.equals("categorical") && !arity.get().accepts(c.args().size())) {
                checker.error(DiagnosticCode.TYPE_ERROR, c.span(), f + " takes " + arity.get() + ", not "
                        + c.args().size());
            }
        }
    }
}
