package causal.runtime.expr;

import causal.analysis.Suggestions;
import causal.random.Distribution;
import causal.runtime.CausalException;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an expression's syntax tree into its node tree. Each distinct name gets a column slot (in order of first
 * mention) and each distribution call a draw index (in source order, outermost first); the caller binds slots to
 * columns and indexes to random streams.
 */
final class ExpressionTranslator {
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<Name> columns = new ArrayList<>();
    private int draws;

    private ExpressionTranslator() {
    }

    static CompiledExpression compile(Expr expr, ExpressionHost host) {
        ExpressionTranslator translator = new ExpressionTranslator();
        ExpressionNode body = translator.translate(expr);
        return new CompiledExpression(new ExpressionRootNode(host.language(), body), translator.columns,
                translator.draws);
    }

    private ExpressionNode translate(Expr expr) {
        if (expr instanceof Expr.Number n) {
            return ConstantNode.create(n.value(), n.span());
        }
        if (expr instanceof Expr.Str s) {
            return ConstantNode.create(s.value(), s.span());
        }
        if (expr instanceof Expr.Bool b) {
            return ConstantNode.create(b.value(), b.span());
        }
        if (expr instanceof Expr.Ref r) {
            return ColumnReadNode.create(slot(r.name()), r.span());
        }
        if (expr instanceof Expr.Unary u) {
            ExpressionNode operand = translate(u.operand());
            return u.op() == Expr.UnaryOp.NEGATE ? NegateNode.create(operand, u.span())
                    : NotNode.create(operand, u.span());
        }
        if (expr instanceof Expr.Binary b) {
            return binary(b);
        }
        if (expr instanceof Expr.Call c) {
            return call(c);
        }
        if (expr instanceof Expr.ListLit) {
            throw CausalException.at(expr.span(), "a list is only allowed as the argument of categorical, e.g. "
                    + "categorical([0.2, 0.3, 0.5])");
        }
        if (expr instanceof Expr.SetLit) {
            throw CausalException.at(expr.span(), "a set { … } is not a value in an expression");
        }
        throw CausalException.at(expr.span(), "a range is not a value in an expression");
    }

    private int slot(Name name) {
        return slots.computeIfAbsent(name.text(), text -> {
            columns.add(name);
            return columns.size() - 1;
        });
    }

    private ExpressionNode binary(Expr.Binary b) {
        ExpressionNode left = translate(b.left());
        ExpressionNode right = translate(b.right());
        Span span = b.span();
        switch (b.op()) {
            case ADD: return ArithmeticNode.create(ArithmeticOperator.ADD, left, right, span);
            case SUBTRACT: return ArithmeticNode.create(ArithmeticOperator.SUBTRACT, left, right, span);
            case MULTIPLY: return ArithmeticNode.create(ArithmeticOperator.MULTIPLY, left, right, span);
            case DIVIDE: return ArithmeticNode.create(ArithmeticOperator.DIVIDE, left, right, span);
            case POWER: return ArithmeticNode.create(ArithmeticOperator.POWER, left, right, span);
            case LESS: return ComparisonNode.create(ComparisonOperator.LESS, left, right, span);
            case LESS_EQUAL: return ComparisonNode.create(ComparisonOperator.LESS_EQUAL, left, right, span);
            case GREATER: return ComparisonNode.create(ComparisonOperator.GREATER, left, right, span);
            case GREATER_EQUAL: return ComparisonNode.create(ComparisonOperator.GREATER_EQUAL, left, right, span);
            case EQUAL: return ComparisonNode.create(ComparisonOperator.EQUAL, left, right, span);
            case NOT_EQUAL: return ComparisonNode.create(ComparisonOperator.NOT_EQUAL, left, right, span);
            case AND: return LogicNode.create(LogicNode.Connective.AND, left, right, span);
            case OR: return LogicNode.create(LogicNode.Connective.OR, left, right, span);
            default: throw new IllegalStateException("unhandled operator " + b.op());
        }
    }

    private ExpressionNode call(Expr.Call c) {
        String name = c.function().text();
        Optional<Distribution> distribution = Distribution.byName(name);
        if (distribution.isPresent()) {
            return draw(distribution.get(), c);
        }
        Functions.Signature signature = Functions.function(name).orElseThrow(() -> CausalException.at(
                c.function().span(), "unknown function " + name + Suggestions.hint(name, Functions.names())));
        for (Expr.Arg a : c.args()) {
            if (a.name().isPresent()) {
                throw CausalException.at(a.span(), name + " takes no named arguments");
            }
        }
        if (!signature.accepts(c.args().size())) {
            throw CausalException.at(c.span(), name + " takes " + signature.arity() + ", not " + c.args().size());
        }
        List<ExpressionNode> args = new ArrayList<>();
        for (Expr.Arg a : c.args()) {
            args.add(translate(a.value()));
        }
        return signature.builder().build(args, c.span());
    }

    private ExpressionNode draw(Distribution distribution, Expr.Call c) {
        int drawIndex = draws++;
        List<Expr> parameters = distribution.name().equals("categorical") ? probabilities(c)
                : DistributionArguments.inOrder(distribution, c);
        ExpressionNode[] nodes = new ExpressionNode[parameters.size()];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = translate(parameters.get(k));
        }
        return DrawNode.create(distribution, drawIndex, nodes, c.span());
    }

    /** {@code categorical([p1, …, pk])}: one parameter per category. */
    private static List<Expr> probabilities(Expr.Call c) {
        if (c.args().size() != 1 || c.args().get(0).name().isPresent()
                || !(c.args().get(0).value() instanceof Expr.ListLit list) || list.items().isEmpty()) {
            throw CausalException.at(c.span(), "categorical takes one list of probabilities, e.g. "
                    + "categorical([0.2, 0.3, 0.5])");
        }
        return list.items();
    }
}
