package io.camel3cx.simulator.odata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.camel3cx.simulator.odata.FilterExpression.ComparisonOperator;
import io.camel3cx.simulator.odata.FilterLexer.Token;
import io.camel3cx.simulator.odata.FilterLexer.Type;

/**
 * A recursive-descent parser for the part of OData {@code $filter} the simulator supports:
 * <pre>
 * or      := and ('or' and)*
 * and     := compare ('and' compare)*
 * compare := unary (('eq'|'ne'|'gt'|'ge'|'lt'|'le') unary)?
 * unary   := 'not' unary | primary
 * primary := '(' or ')' | function '(' args ')' | literal | property
 * </pre>
 * {@code not} binds tighter than the comparisons, as OData's operator precedence has it: {@code not Id eq 1} is
 * {@code (not Id) eq 1}, refused, not {@code not (Id eq 1)}. Anything else (arithmetic, {@code in}, {@code has},
 * lambdas) is refused with a 400 that names it, never silently ignored.
 */
public final class ODataFilterParser {

    private static final Set<String> UNSUPPORTED_OPERATORS = Set.of("add", "sub", "mul", "div", "divby", "mod", "has", "in");

    private static final java.util.regex.Pattern LAMBDA = java.util.regex.Pattern.compile("/(any|all)\\s*\\(");

    /** How deep parentheses and {@code not} may nest: a bound the PBX's OData validation has too (node limits). */
    static final int MAX_DEPTH = 100;
    /** How many tokens a filter may have; evaluation recurses over the tree, so it must stay of sane size. */
    static final int MAX_TOKENS = 4000;

    private final String text;
    private final List<Token> tokens;
    private int position;
    private int depth;

    private ODataFilterParser(String text) {
        this.text = text;
        this.tokens = FilterLexer.tokenize(text);
        if (tokens.size() > MAX_TOKENS) {
            throw ODataErrorException.badRequest("$filter has " + tokens.size() + " tokens; the simulator takes at most "
                    + MAX_TOKENS + " (use fewer conditions, or several requests)");
        }
    }

    private void deeper(Token at) {
        if (++depth > MAX_DEPTH) {
            throw ODataErrorException.badRequest("$filter nests parentheses and 'not' more than " + MAX_DEPTH
                    + " deep (at position " + at.position() + ")");
        }
    }

    /** Parses {@code $filter}; a syntax error is an {@link ODataErrorException} 400 with the position. */
    public static FilterExpression parse(String filter) {
        if (filter == null || filter.isBlank()) {
            throw ODataErrorException.badRequest("$filter is empty");
        }
        java.util.regex.Matcher lambda = LAMBDA.matcher(filter);
        if (lambda.find()) {
            throw ODataErrorException.badRequest("Lambda operators (any/all) in $filter are not supported by the simulator: '"
                    + lambda.group() + "' at position " + lambda.start());
        }
        ODataFilterParser p = new ODataFilterParser(filter);
        FilterExpression e = p.or();
        Token rest = p.peek();
        if (rest.type() != Type.END) {
            throw p.unexpected(rest, "an operator such as and, or, eq");
        }
        return e;
    }

    private FilterExpression or() {
        FilterExpression left = and();
        while (isWord(peek(), "or")) {
            next();
            left = new FilterExpression.Logical(false, left, and());
        }
        return left;
    }

    private FilterExpression and() {
        FilterExpression left = compare();
        while (isWord(peek(), "and")) {
            next();
            left = new FilterExpression.Logical(true, left, compare());
        }
        return left;
    }

    private FilterExpression unary() {
        if (isWord(peek(), "not")) {
            deeper(next());
            FilterExpression negated = new FilterExpression.Not(unary());
            depth--;
            return negated;
        }
        return primary();
    }

    private FilterExpression compare() {
        FilterExpression left = unary();
        Token t = peek();
        if (t.type() == Type.WORD) {
            ComparisonOperator op = comparison(t.text());
            if (op != null) {
                next();
                return new FilterExpression.Comparison(op, left, unary());
            }
            if (UNSUPPORTED_OPERATORS.contains(t.text())) {
                throw ODataErrorException.badRequest("The $filter operator '" + t.text() + "' at position "
                        + t.position() + " is not supported by the simulator; supported: eq, ne, gt, ge, lt, le, "
                        + "and, or, not, " + FilterFunction.supported());
            }
        }
        return left;
    }

    private FilterExpression primary() {
        Token t = next();
        switch (t.type()) {
            case LPAREN -> {
                deeper(t);
                FilterExpression inner = or();
                expect(Type.RPAREN, "')'");
                depth--;
                return inner;
            }
            case STRING -> {
                return new FilterExpression.Literal(unquote(t.text()));
            }
            case NUMBER -> {
                try {
                    return new FilterExpression.Literal(new BigDecimal(t.text()));
                } catch (NumberFormatException e) {
                    throw ODataErrorException.badRequest("The number " + t.text() + " at position " + t.position()
                            + " of $filter is out of range");
                }
            }
            case DATE_TIME -> {
                try {
                    return new FilterExpression.Literal(OffsetDateTime.parse(t.text()));
                } catch (DateTimeParseException e) {
                    throw ODataErrorException.badRequest("Invalid date-time " + t.text() + " at position "
                            + t.position() + " of $filter '" + text + "'");
                }
            }
            case GUID -> {
                return new FilterExpression.Literal(t.text().toLowerCase(java.util.Locale.ROOT));
            }
            case WORD -> {
                return word(t);
            }
            default -> throw unexpected(t, "a property, a literal or '('");
        }
    }

    private FilterExpression word(Token t) {
        switch (t.text()) {
            case "true":
                return new FilterExpression.Literal(Boolean.TRUE);
            case "false":
                return new FilterExpression.Literal(Boolean.FALSE);
            case "null":
                return new FilterExpression.Literal(null);
            default:
                break;
        }
        if (peek().type() == Type.LPAREN) {
            FilterFunction f = FilterFunction.byKeyword(t.text()).orElseThrow(() -> ODataErrorException.badRequest(
                    "Unknown $filter function '" + t.text() + "' at position " + t.position() + "; supported: "
                            + FilterFunction.supported()));
            deeper(next());
            List<FilterExpression> args = new ArrayList<>();
            if (peek().type() != Type.RPAREN) {
                args.add(or());
                while (peek().type() == Type.COMMA) {
                    next();
                    args.add(or());
                }
            }
            expect(Type.RPAREN, "')' closing " + f.keyword() + "(");
            depth--;
            if (args.size() != f.parameters().length) {
                throw ODataErrorException.badRequest("The $filter function " + f.keyword() + " takes "
                        + f.parameters().length + " argument(s), not " + args.size());
            }
            return new FilterExpression.Call(f, List.copyOf(args));
        }
        if (comparison(t.text()) != null || Set.of("and", "or", "not").contains(t.text())) {
            throw unexpected(t, "a property, a literal or '('");
        }
        return new FilterExpression.Property(List.copyOf(Arrays.asList(t.text().split("/"))));
    }

    private static ComparisonOperator comparison(String word) {
        for (ComparisonOperator op : ComparisonOperator.values()) {
            if (op.keyword().equals(word)) {
                return op;
            }
        }
        return null;
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("''", "'");
    }

    private void expect(Type type, String what) {
        Token t = next();
        if (t.type() != type) {
            throw unexpected(t, what);
        }
    }

    private ODataErrorException unexpected(Token t, String expected) {
        return ODataErrorException.badRequest("Unexpected " + t + " at position " + t.position() + " of $filter '"
                + text + "'; expected " + expected);
    }

    private static boolean isWord(Token t, String word) {
        return t.type() == Type.WORD && t.text().equals(word);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token t = tokens.get(position);
        if (t.type() != Type.END) {
            position++;
        }
        return t;
    }
}
