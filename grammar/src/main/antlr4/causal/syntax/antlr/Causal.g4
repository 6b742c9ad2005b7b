/*
 * The Causal language (../shared/spec/LANGUAGE.md): lexer and parser in one grammar.
 *
 * Newlines are ordinary whitespace, so every boundary is decided by the grammar:
 * - a statement ends where the next token cannot continue it; statements are keyword-led and no
 *   statement-level rule lets two names stand side by side, so `print e1 data d = …` splits cleanly;
 * - inside `dag { … }` a line ends where a node is followed by neither `,` nor an arrow
 *   (`a -> b  c -> d` is two lines), and inside `model { … }` and `with { … }` an expression ends
 *   where the next token cannot continue it (expressions never juxtapose two operands).
 *
 * Words that no statement needs to start with are soft keywords: `identifier` accepts them, so a
 * column may be called `time`, `n`, `seed`, `by`, `data`, `ATE`, …. Where a soft keyword could be read
 * either way, the grammar lists the keyword reading first, which ANTLR prefers; each such place says so.
 *
 * ScriptParser drives the statement loop itself (one `statement` at a time) to recover from errors
 * statement by statement; `script` states the whole language for tools and documentation.
 */
grammar Causal;

// ---------------------------------------------------------------- statements

script
    : (statement | SEMI)* EOF
    ;

statement
    : dataStmt
    | dagStmt
    | modelStmt
    | estimateStmt
    | identifyStmt
    | pathsStmt
    | implicationsStmt
    | testStmt
    | designStmt
    | powerStmt
    | refuteStmt
    | sensitivityStmt
    | decomposeStmt
    | recommenderStmt
    | policyStmt
    | evaluateStmt
    | recommendStmt
    | simulateStmt
    | targetStmt
    | printStmt
    | plotStmt
    | exportStmt
    | engineStmt
    ;

// data NAME = SOURCE [where COND | with { … }]*
dataStmt
    : DATA identifier ASSIGN dataSource dataStep*
    ;

// `csv` is also a name; `data d = csv` (no parenthesis) is the dataset called csv. Any other call
// (`xlsx("f")`, `csv(path = "f")`) parses so that the builder can say what the sources are.
dataSource
    : format=(CSV | PARQUET | SQL) LPAREN STRING (COMMA namedArg)* RPAREN   # ReadSource
    | SIMULATE identifier N expr (SEED expr)?                              # SimulateSource
    | call                                                                 # UnknownSource
    | identifier                                                           # DatasetSource
    ;

dataStep
    : WHERE expr                                                  # WhereStep
    | WITH LBRACE (assignment (COMMA? assignment)* COMMA?)? RBRACE   # WithStep
    ;

assignment
    : identifier ASSIGN expr
    ;

dagStmt
    : DAG identifier LBRACE dagLine* RBRACE                        # DagBlock
    | DAG identifier ASSIGN DAG OF identifier                      # DagOfModel
    | DAG identifier ASSIGN DAGITTY LPAREN FILE? STRING RPAREN      # DagDagitty
    ;

// a, b -> c <- d ; a line with one group and no arrow only declares nodes (`ability [latent]`).
// A `;` may end a line, as dagitty allows.
dagLine
    : dagGroup (arrow dagGroup)* SEMI?
    ;

arrow
    : ARROW
    | BACK_ARROW
    | BI_ARROW
    ;

dagGroup
    : dagNode (COMMA dagNode)*                     # NodeList
    | LBRACE dagNode (COMMA? dagNode)* RBRACE       # BraceGroup
    ;

dagNode
    : identifier (LBRACK identifier (COMMA identifier)* RBRACK)?
    ;

modelStmt
    : MODEL identifier LBRACE modelLine* RBRACE
    ;

// `latent x ~ …` declares a latent x; `latent ~ …` is a variable called latent.
modelLine
    : LATENT? identifier op=(TILDE | ASSIGN) expr SEMI?
    ;

// [let NAME =] estimate ESTIMAND of T on Y, then clauses in any order (each at most once: the builder
// checks, so the message can name the repeated clause).
estimateStmt
    : (LET identifier ASSIGN)? ESTIMATE estimand OF nameSet ON nameSet estimateClause*
    ;

// `CATE by x1, x2` may also come after `on Y` as a clause, as LANGUAGE.md §9 writes it.
estimand
    : kind=(ATE | ATT | ATC | LATE)
    | kind=CATE (BY identifier (COMMA identifier)*)?
    ;

estimateClause
    : IN identifier                        # InClause
    | UNDER identifier                     # UnderClause
    | ADJUST BY strategy                   # AdjustClause
    | CONTROLLING FOR nameSet              # ControllingClause
    | USING callOrName                     # UsingClause
    | CORRECT BY identifier                # CorrectClause
    | BY identifier (COMMA identifier)*    # ByClause
    ;

// `backdoor`, `frontdoor`, `iv` and `none` are read as strategies before being read as a design's
// name; a set after them needs braces, so `adjust by backdoor using ols` never reads `using` as a set.
strategy
    : BACKDOOR braceSet?     # BackdoorStrategy
    | FRONTDOOR braceSet?    # FrontdoorStrategy
    | IV braceSet?           # InstrumentsStrategy
    | NONE                   # NoStrategy
    | braceSet               # SetStrategy
    | identifier             # DesignStrategy
    ;

braceSet
    : LBRACE (identifier (COMMA identifier)*)? RBRACE
    ;

nameSet
    : braceSet
    | identifier
    ;

// [let NAME =] identify …: a named identification can be printed and exported.
identifyStmt
    : (LET name=identifier ASSIGN)? IDENTIFY estimand OF nameSet ON nameSet (UNDER dag=identifier)?
    ;

pathsStmt
    : PATHS OF identifier TO identifier pathsClause*
    ;

pathsClause
    : UNDER identifier     # PathsUnderClause
    | GIVEN nameSet        # PathsGivenClause
    ;

implicationsStmt
    : IMPLICATIONS OF identifier
    ;

testStmt
    : TEST identifier AGAINST identifier
    ;

designStmt
    : DESIGN identifier ASSIGN call
    ;

powerStmt
    : POWER identifier
    ;

refuteStmt
    : REFUTE identifier USING callOrName
    ;

sensitivityStmt
    : SENSITIVITY OF identifier USING callOrName
    ;

decomposeStmt
    : DECOMPOSE identifier
    ;

recommenderStmt
    : RECOMMENDER identifier ASSIGN callOrName ON identifier (LPAREN argList? RPAREN)?
    ;

policyStmt
    : POLICY identifier ASSIGN callOrName
    ;

// evaluate R on D split 0.2 seed 7 [by time] metrics …  |  evaluate P offline on D(…) using ips, …
// |  evaluate tau metrics qini, auuc ; clauses in any order, each at most once (checked by the builder).
evaluateStmt
    : EVALUATE identifier OFFLINE? (ON identifier (LPAREN argList? RPAREN)?)? evaluateClause*
    ;

evaluateClause
    : SPLIT expr                           # SplitClause
    | SEED expr                            # EvaluateSeedClause
    | BY identifier                        # SplitByClause
    | METRICS metric (COMMA metric)*       # MetricsClause
    | USING identifier (COMMA identifier)* # MethodsClause
    | optionsClause                        # EvaluateOptionsClause
    ;

// `with (name = value, …)`: settings of the statement itself (simulate's runs, the off-policy estimators' clip).
optionsClause
    : WITH LPAREN argList? RPAREN
    ;

metric
    : identifier (AT NUMBER)?
    ;

recommendStmt
    : RECOMMEND expr FOR USER expr USING identifier
    ;

// `simulate aa D …` is the A/A form; a policy called aa would need backticks there.
simulateStmt
    : SIMULATE AA identifier N expr RUNS expr (SEED expr)?                       # SimulateAa
    | SIMULATE identifier (COMMA identifier)* ON expr ROUNDS expr (SEED expr)? optionsClause?   # SimulatePolicy
    ;

targetStmt
    : TARGET identifier (TOP expr | WHERE expr)
    ;

printStmt
    : PRINT identifier
    ;

// plot [KIND of] NAME to "file": written with the optional part second so one token decides.
plotStmt
    : PLOT identifier (OF identifier)? TO STRING
    ;

exportStmt
    : EXPORT identifier TO STRING
    ;

engineStmt
    : ENGINE ASSIGN callOrName
    ;

// ---------------------------------------------------------------- expressions

call
    : identifier LPAREN argList? RPAREN
    ;

callOrName
    : call
    | identifier
    ;

argList
    : arg (COMMA arg)*
    ;

arg
    : namedArg
    | expr
    ;

namedArg
    : identifier ASSIGN expr
    ;

// Loosest last. `^` binds tighter than unary minus (-x^2 is -(x^2)) and is right-associative.
// Note: `<-` is an arrow token, so `x<-1` must be written `x < -1`.
expr
    : primary                                        # PrimaryExpr
    | <assoc=right> expr CARET expr                  # PowerExpr
    | MINUS expr                                     # NegateExpr
    | expr op=(STAR | SLASH) expr                    # MultiplicativeExpr
    | expr op=(PLUS | MINUS) expr                    # AdditiveExpr
    | expr DOTDOT expr                               # RangeExpr
    | expr op=(LT | LE | GT | GE | EQ | NE) expr     # ComparisonExpr
    | op=(NOT | BANG) expr                           # NotExpr
    | expr op=(AND | AMP_AMP) expr                   # AndExpr
    | expr op=(OR | PIPE_PIPE) expr                  # OrExpr
    ;

primary
    : NUMBER                                  # NumberLiteral
    | PERCENT                                 # PercentLiteral
    | STRING                                  # StringLiteral
    | value=(TRUE | FALSE)                    # BoolLiteral
    | call                                    # CallExpr
    | identifier                              # RefExpr
    | LBRACK (expr (COMMA expr)*)? RBRACK     # ListLiteral
    | LBRACE (expr (COMMA expr)*)? RBRACE     # SetLiteral
    | LPAREN expr RPAREN                      # ParenExpr
    ;

identifier
    : ID
    | BACKTICK_ID
    | softKeyword
    ;

// Every keyword that need not start a statement, and the statement keywords that are common column
// names (data, dag, model, test, design, power, policy, target, engine).
softKeyword
    : DATA | DAG | MODEL | TEST | DESIGN | POWER | POLICY | TARGET | ENGINE
    | OF | ON | IN | UNDER | ADJUST | BY | CONTROLLING | FOR | USING | CORRECT | TO | GIVEN | AGAINST
    | WHERE | WITH | N | SEED | RUNS | ROUNDS | SPLIT | METRICS | OFFLINE | USER | TOP | FILE | LATENT
    | BACKDOOR | FRONTDOOR | IV | NONE | CSV | PARQUET | SQL | DAGITTY | AA
    | ATE | ATT | ATC | CATE | LATE
    ;

// ---------------------------------------------------------------- lexer

DATA         : 'data';
DAG          : 'dag';
MODEL        : 'model';
LET          : 'let';
ESTIMATE     : 'estimate';
IDENTIFY     : 'identify';
PATHS        : 'paths';
IMPLICATIONS : 'implications';
TEST         : 'test';
DESIGN       : 'design';
POWER        : 'power';
REFUTE       : 'refute';
SENSITIVITY  : 'sensitivity';
DECOMPOSE    : 'decompose';
RECOMMENDER  : 'recommender';
POLICY       : 'policy';
EVALUATE     : 'evaluate';
RECOMMEND    : 'recommend';
SIMULATE     : 'simulate';
TARGET       : 'target';
PRINT        : 'print';
PLOT         : 'plot';
EXPORT       : 'export';
ENGINE       : 'engine';

OF           : 'of';
ON           : 'on';
IN           : 'in';
UNDER        : 'under';
ADJUST       : 'adjust';
BY           : 'by';
CONTROLLING  : 'controlling';
FOR          : 'for';
USING        : 'using';
CORRECT      : 'correct';
TO           : 'to';
GIVEN        : 'given';
AGAINST      : 'against';
WHERE        : 'where';
WITH         : 'with';
N            : 'n';
SEED         : 'seed';
RUNS         : 'runs';
ROUNDS       : 'rounds';
SPLIT        : 'split';
METRICS      : 'metrics';
OFFLINE      : 'offline';
USER         : 'user';
TOP          : 'top';
FILE         : 'file';
LATENT       : 'latent';
BACKDOOR     : 'backdoor';
FRONTDOOR    : 'frontdoor';
IV           : 'iv';
NONE         : 'none';
CSV          : 'csv';
PARQUET      : 'parquet';
SQL          : 'sql';
DAGITTY      : 'dagitty';
AA           : 'aa';

ATE          : 'ATE';
ATT          : 'ATT';
ATC          : 'ATC';
CATE         : 'CATE';
LATE         : 'LATE';

AND          : 'and';
OR           : 'or';
NOT          : 'not';
TRUE         : 'true';
FALSE        : 'false';

BI_ARROW     : '<->';
ARROW        : '->';
BACK_ARROW   : '<-';
LE           : '<=';
GE           : '>=';
EQ           : '==';
NE           : '!=';
LT           : '<';
GT           : '>';
ASSIGN       : '=';
TILDE        : '~';
AMP_AMP      : '&&';
PIPE_PIPE    : '||';
BANG         : '!';
PLUS         : '+';
MINUS        : '-';
STAR         : '*';
SLASH        : '/';
CARET        : '^';
DOTDOT       : '..';
AT           : '@';
COMMA        : ',';
SEMI         : ';';
LPAREN       : '(';
RPAREN       : ')';
LBRACE       : '{';
RBRACE       : '}';
LBRACK       : '[';
RBRACK       : ']';

// `20%` is one token: a number directly followed by a percent sign.
PERCENT      : Number '%';
// A number never ends in a dot, so `0..5` and `0.0..0.5` read as ranges.
NUMBER       : Number;

// Dots join parts of a name (`pre.period`) but never end it or come twice, so `lo..hi` is a range.
ID           : [A-Za-z_] [A-Za-z0-9_]* ('.' [A-Za-z0-9_]+)*;
BACKTICK_ID  : '`' ~[`\r\n]+ '`';

// Strings stay on one line: an unclosed quote then ends at the line's end instead of swallowing the
// script up to the next quote.
STRING       : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
WS            : [ \t\r\n\f]+ -> channel(HIDDEN);

// Tokens that no parser rule accepts: the lexer never fails, and the parser's error reporter words
// each of them (unterminated string, stray character, …).
UNTERMINATED_STRING   : '"' (~["\\\r\n] | '\\' ~[\r\n])*;
UNTERMINATED_BACKTICK : '`' ~[`\r\n]*;
UNTERMINATED_COMMENT  : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
ERROR_CHAR            : .;

fragment Number : Digits ('.' Digits)? ([eE] [+-]? Digits)?;
fragment Digits : [0-9]+;
