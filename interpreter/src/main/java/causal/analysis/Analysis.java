package causal.analysis;

import causal.syntax.Diagnostic;
import causal.syntax.ParseResult;
import causal.syntax.Script;
import causal.syntax.ScriptParser;
import causal.syntax.SourceText;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Everything known about a script without running it: the syntax tree, every diagnostic (syntax, names,
 * identification), the declarations, and a plan per estimate, identify and power statement. The one analysis core
 * shared by {@code causal check}, {@code causal run}, the REPL and the language server. A pure function of the
 * text and the schemas.
 */
public record Analysis(SourceText source, Script script, List<Diagnostic> diagnostics, Declarations declarations,
                       Map<Stmt.Estimate, EstimatePlan> estimates, Map<Stmt.Identify, IdentifyPlan> identifications,
                       Map<Stmt, DesignPlan> designPlans, Map<Stmt, GraphAnswer> graphAnswers,
                       Map<Stmt, CheckPlan> checkPlans, Map<Stmt, PersonalizationPlan> personalizationPlans) {

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
        estimates = Collections.unmodifiableMap(estimates);
        identifications = Collections.unmodifiableMap(identifications);
        designPlans = Collections.unmodifiableMap(designPlans);
        graphAnswers = Collections.unmodifiableMap(graphAnswers);
        checkPlans = Collections.unmodifiableMap(checkPlans);
        personalizationPlans = Collections.unmodifiableMap(personalizationPlans);
    }

    public static Analysis of(SourceText source, SchemaProvider schemas) {
        return of(source, schemas, false);
    }

    /**
     * As {@link #of(SourceText, SchemaProvider)}; {@code interactive} (the REPL) lets an estimate without {@code in}
     * or {@code under} take the most recent dataset or DAG instead of asking which one.
     */
    public static Analysis of(SourceText source, SchemaProvider schemas, boolean interactive) {
        return of(source, schemas, interactive, new GraphCache());
    }

    /**
     * As {@link #of(SourceText, SchemaProvider, boolean)}, answering identification queries from {@code graphs}
     * when it knows them: the language server keeps one across the edits of a document.
     */
    public static Analysis of(SourceText source, SchemaProvider schemas, boolean interactive, GraphCache graphs) {
        ParseResult parsed = ScriptParser.parse(source);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        Checker checker = new Checker(source, schemas, interactive, graphs);
        checker.check(parsed.script());
        diagnostics.addAll(checker.diagnostics());
        diagnostics.sort((a, b) -> Integer.compare(a.span().offset(), b.span().offset()));
        return new Analysis(source, parsed.script(), diagnostics, checker.declarations(), checker.estimates(),
                checker.identifications(), checker.designPlans(), checker.graphAnswers(),
                checker.checkPlans(), checker.personalizationPlans());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
