package causal.runtime.expr;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The kinds of value an expression node returns: a whole chunk ({@link NumericVector}, {@link BooleanVector},
 * {@link CategoricalVector}) or a constant ({@code double}, {@code boolean}, {@code String}). Arithmetic treats
 * true/false as 1/0, which these casts give the numeric specializations for free.
 */
@TypeSystem
public abstract class ColumnTypes {

    @ImplicitCast
    public static double booleanAsNumber(boolean value) {
        return value ? 1.0 : 0.0;
    }

    @ImplicitCast
    public static NumericVector booleansAsNumbers(BooleanVector vector) {
        return vector.toNumeric();
    }
}
