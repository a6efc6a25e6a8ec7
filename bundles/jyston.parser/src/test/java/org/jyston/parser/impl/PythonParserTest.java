package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.List;
import org.jyston.api.Parser;
import org.jyston.api.ast.Ast;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PythonParserTest {
    private final Parser parser = new PythonParser();

    @BeforeAll
    static void registerExceptionTypes() {
        synchronized (TypeRegistry.class) {
            if (TypeRegistry.byName("object") == null) {
                TypeRegistry.register(new TypeSpec("object"));
            }
            String[][] chain = {{"BaseException", "object"}, {"Exception", "BaseException"},
                {"SyntaxError", "Exception"}, {"IndentationError", "SyntaxError"}, {"TabError", "IndentationError"}};
            for (String[] t : chain) {
                if (TypeRegistry.byName(t[0]) == null) {
                    TypeRegistry.register(new TypeSpec(t[0]).base(t[1]));
                }
            }
        }
    }

    private Ast.Expr expr(String src) {
        return ((Ast.Expression) parser.parse(src, "<test>", Parser.Mode.EVAL)).body();
    }

    private Object constant(String src) {
        return ((Ast.Constant) expr(src)).value();
    }

    @Test
    void modesReturnTheirRoot() {
        assertThat(parser.parse("x = 1\n", "<test>", Parser.Mode.EXEC)).isInstanceOf(Ast.Module.class);
        assertThat(parser.parse("x + 1", "<test>", Parser.Mode.EVAL)).isInstanceOf(Ast.Expression.class);
        Ast.Mod single = parser.parse("if x:\n    y\n", "<test>", Parser.Mode.SINGLE);
        assertThat(single).isInstanceOf(Ast.Interactive.class);
        assertThat(((Ast.Interactive) single).body()).hasSize(1).first().isInstanceOf(Ast.If.class);
    }

    @Test
    void constantValuesUseTheAgreedJavaRepresentations() {
        assertThat(constant("42")).isEqualTo(42L);
        assertThat(constant("0xFFFF_FFFF_FFFF_FFFF")).isEqualTo(new BigInteger("ffffffffffffffff", 16));
        assertThat(constant("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(constant("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(constant("1.5e3")).isEqualTo(1500.0);
        assertThat(constant("2j")).isEqualTo(org.jyston.api.object.PyComplex.imaginary(2.0));
        assertThat(constant("'a' \"b\"")).isEqualTo("ab");
        assertThat(constant("b'\\x00\\xff'")).isEqualTo(org.jyston.api.object.PyBytes.wrap(new byte[] {0, (byte) 0xff}));
        assertThat(constant("True")).isEqualTo(Boolean.TRUE);
        assertThat(constant("None")).isSameAs(PyNone.None);
        assertThat(constant("...")).isSameAs(PyEllipsis.Ellipsis);
        assertThat(((Ast.Constant) expr("u'x'")).kind()).isEqualTo("u");
        assertThat(((Ast.Constant) expr("'x'")).kind()).isNull();
        assertThat(constant("'\\N{BULLET}\\u00e9\\U0001F600\\101\\x41'")).isEqualTo("\u2022\u00e9\uD83D\uDE00AA");
    }

    @Test
    void positionsCountUtf8Bytes() {
        Ast.Module m = (Ast.Module) parser.parse("é = 'ü' + x\n", "<test>", Parser.Mode.EXEC);
        Ast.Assign a = (Ast.Assign) m.body().get(0);
        Ast.BinOp b = (Ast.BinOp) a.value();
        assertThat(b.right().pos().col_offset()).isEqualTo(12); // as CPython 3.11.7
        assertThat(a.targets().get(0).pos().end_col_offset()).isEqualTo(2);
    }

    @Test
    void syntaxErrorsBecomePythonExceptionsWithCPythonDetails() {
        PyException e = catchThrowableOfType(PyException.class,
                () -> parser.parse("x = (1,\n2", "f.py", Parser.Mode.EXEC));
        assertThat(e.type().getName()).isEqualTo("SyntaxError");
        PyTuple args = e.value().getArgs();
        assertThat(args.get(0)).isEqualTo("'(' was never closed");
        PyTuple details = (PyTuple) args.get(1);
        assertThat(List.of(details.toArray())).containsExactly("f.py", 1L, 5L, "x = (1,", 1L, 0L);
    }

    @Test
    void indentationAndTabErrorsHaveTheirTypes() {
        PyException e = catchThrowableOfType(PyException.class,
                () -> parser.parse("if x:\npass\n", "f.py", Parser.Mode.EXEC));
        assertThat(e.type().getName()).isEqualTo("IndentationError");
        assertThat(e.value().getArgs().get(0)).isEqualTo("expected an indented block after 'if' statement on line 1");
        PyException t = catchThrowableOfType(PyException.class,
                () -> parser.parse("if 1:\n\tx\n        y\n", "f.py", Parser.Mode.EXEC));
        assertThat(t.type().getName()).isEqualTo("TabError");
    }

    @Test
    void softKeywordsStayNames() {
        Ast.Module m = (Ast.Module) parser.parse("match = case = _ = 1\nmatch(x)\n", "<t>", Parser.Mode.EXEC);
        assertThat(m.body()).hasSize(2);
        assertThat(m.body().get(1)).isInstanceOf(Ast.ExprStmt.class);
    }

    @Test
    void deepNestingDoesNotNeedHugeStacks() {
        String src = "x = " + "(".repeat(150) + "1" + ")".repeat(150) + "\n";
        assertThat(parser.parse(src, "<t>", Parser.Mode.EXEC)).isInstanceOf(Ast.Module.class);
    }
}
