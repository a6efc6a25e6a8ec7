package org.jyston.traceback.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jyston.api.Parser;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports compared with what CPython 3.11.7 printed for the same programs (the expected texts
 * below were copied from its stderr; positions are those of CPython's code objects).
 */
class TracebackFormatTest {
    static PyType zeroDivision;
    static PyType valueError;
    static PyType syntaxError;

    @BeforeAll
    static void types() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object"));
        }
        if (TypeRegistry.byName("str") == null) {
            TypeRegistry.register(new TypeSpec("str").representation(String.class).unary(Slot.STR, s -> s)
                    .unary(Slot.REPR, s -> "'" + s + "'"));
        }
        Slot.Unary str = e -> {
            PyTuple a = ((PyBaseException) e).getArgs();
            return a.size() == 0 ? "" : a.get(0).toString();
        };
        String[][] hierarchy = {{"BaseException", null}, {"Exception", "BaseException"},
            {"ArithmeticError", "Exception"}, {"ZeroDivisionError", "ArithmeticError"},
            {"ValueError", "Exception"}, {"SyntaxError", "Exception"}};
        for (String[] h : hierarchy) {
            if (TypeRegistry.byName(h[0]) == null) {
                TypeSpec s = new TypeSpec(h[0]).flag(TypeSpec.Flag.EXCEPTION).unary(Slot.STR, str);
                if (h[1] != null) {
                    s.base(h[1]);
                }
                TypeRegistry.register(s);
            }
        }
        zeroDivision = TypeRegistry.byName("ZeroDivisionError");
        valueError = TypeRegistry.byName("ValueError");
        syntaxError = TypeRegistry.byName("SyntaxError");
    }

    private final CPythonTracebacks service = new CPythonTracebacks();

    /** A parser for the segments a test knows; only {@code parse(String, ...)} is used by the formatter. */
    @FunctionalInterface
    interface SegmentParser extends Parser {
        @Override
        default Ast.Mod parse(byte[] source, String filename, Mode mode) {
            throw new UnsupportedOperationException();
        }

        @Override
        default String dump(Ast.Mod tree, boolean includeAttributes) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void commandLineCodeHasNoSourceLines() {
        PyBaseException e = new PyBaseException(zeroDivision, "division by zero");
        e.pushTraceback(new CodeInfo("<string>", "<module>"), new Pos(1, 0, 1, 3));
        assertThat(service.format(e)).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n");
    }

    @Test
    void binaryOperationIsAnchoredAtItsOperator(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.py");
        Files.writeString(file, "def f():\n    return 1 // 0\nf()\n");
        PyBaseException e = new PyBaseException(zeroDivision, "integer division or modulo by zero");
        e.pushTraceback(new CodeInfo(file.toString(), "f"), new Pos(2, 11, 2, 17));
        e.pushTraceback(new CodeInfo(file.toString(), "<module>"), new Pos(3, 0, 3, 3));
        // A parser that knows just this segment, as the real one would parse it.
        service.parser = (SegmentParser) (source, filename, mode) -> {
            if (!source.equals("1 // 0")) { // f(): a call, which has no anchors
                Ast.Expr call = new Ast.Call(new Ast.Name("f", Ast.ExprContext.Load, new Pos(1, 0, 1, 1)), List.of(),
                        List.of(), new Pos(1, 0, 1, 3));
                return new Ast.Module(List.of(new Ast.ExprStmt(call, new Pos(1, 0, 1, 3))), List.of());
            }
            Ast.Expr left = new Ast.Constant(1L, null, new Pos(1, 0, 1, 1));
            Ast.Expr right = new Ast.Constant(0L, null, new Pos(1, 5, 1, 6));
            Ast.Expr op = new Ast.BinOp(left, Ast.Operator.FloorDiv, right, new Pos(1, 0, 1, 6));
            return new Ast.Module(List.of(new Ast.ExprStmt(op, new Pos(1, 0, 1, 6))), List.of());
        };
        assertThat(service.format(e)).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 3, in <module>\n"
                + "    f()\n"
                + "  File \"" + file + "\", line 2, in f\n"
                + "    return 1 // 0\n"
                + "           ~~^^~~\n"
                + "ZeroDivisionError: integer division or modulo by zero\n");
    }

    @Test
    void identicalEntriesAreFoldedAfterThree() {
        PyBaseException e = new PyBaseException(valueError, "deep");
        CodeInfo f = new CodeInfo("<string>", "f");
        for (int i = 0; i < 10; i++) {
            e.pushTraceback(f, new Pos(2, 4, 2, 8));
        }
        String report = service.format(e);
        assertThat(report).contains("  [Previous line repeated 7 more times]\n");
        assertThat(report.split("line 2, in f", -1)).hasSize(4);
    }

    @Test
    void explicitCauseIsPrintedFirst() {
        PyBaseException cause = new PyBaseException(zeroDivision, "division by zero");
        PyBaseException e = new PyBaseException(valueError, "bad");
        e.setCause(cause);
        assertThat(service.format(e)).isEqualTo("ZeroDivisionError: division by zero\n\n"
                + "The above exception was the direct cause of the following exception:\n\n"
                + "ValueError: bad\n");
    }

    @Test
    void syntaxErrorShowsTheLineAndCarets() {
        PyBaseException e = Errors.syntaxError(Errors.SyntaxError,
                "Missing parentheses in call to 'print'. Did you mean print(...)?", "<string>", 1, 1,
                "print \"x\"\n", 1, 10).value();
        assertThat(service.format(e)).isEqualTo("  File \"<string>\", line 1\n"
                + "    print \"x\"\n"
                + "    ^^^^^^^^^\n"
                + "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n");
    }

    @Test
    void syntaxErrorCaretAfterIndentation() {
        PyBaseException e = Errors.syntaxError(Errors.SyntaxError, "expected ':'", "/tmp/t6.py", 1, 5,
                "if x\n", 1, 5).value();
        assertThat(service.format(e)).isEqualTo("  File \"/tmp/t6.py\", line 1\n"
                + "    if x\n"
                + "        ^\n"
                + "SyntaxError: expected ':'\n");
    }
}
