package org.jyston.compiler.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.junit.jupiter.api.Test;

/**
 * Yields nested in expressions ({@link YieldLowering}): operands before the yield run once, before
 * it, and their values survive the suspension; generators without such yields are not lowered.
 */
class YieldLoweringTest {
    private static final Pos P = new Pos(1, 0, 1, 1);

    private final List<String> log = new ArrayList<>();

    private static Ast.Name name(String id) {
        return new Ast.Name(id, Ast.ExprContext.Load, P);
    }

    private static Ast.Expr call(String fn, Ast.Expr... args) {
        return new Ast.Call(name(fn), List.of(args), List.of(), P);
    }

    private static Ast.Expr yieldOf(Object v) {
        return new Ast.Yield(new Ast.Constant(v, null, P), P);
    }

    private static Ast.FunctionDef def(String name, Ast.Stmt... body) {
        Ast.Arguments noArgs = new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        return new Ast.FunctionDef(name, noArgs, List.of(body), List.of(), null, null, P);
    }

    /** A builtin that logs its name and arguments and returns its name. */
    private PyBuiltinFunction logging(String fn) {
        return new PyBuiltinFunction(fn, (a, kw) -> {
            log.add(fn + List.of(a));
            return fn;
        });
    }

    /** Compiles a module defining the function, runs it, and answers the generator a call makes. */
    private PyGenerator generator(Ast.FunctionDef def) {
        Ast.Module m = new Ast.Module(List.of(def), List.of());
        Scope scope = ScopeBuilder.build(m, "<test>");
        Translator t = new Translator("<test>", scope, "", null);
        StmtNode[] body = t.block(m.body());
        PyDict globals = new PyDict();
        for (String fn : List.of("rec", "a", "b")) {
            globals.put(fn, logging(fn));
        }
        Frame f = new Frame(new FunctionCode(new org.jyston.api.object.CodeInfo("<test>", "<module>"), "<module>",
                null, 0, 0, 0, false, false, null), 0, globals, new PyDict(),
                globals, org.jyston.api.object.PyThreadState.current());
        StmtNode.block(body, f);
        return (PyGenerator) ((PyFunction) globals.get(def.name())).call(new Object[0], null);
    }

    @Test
    void operandsBeforeANestedYieldRunOnceBeforeItAndKeepTheirValues() {
        // def g(): rec(a(), (yield 1), b())
        PyGenerator g = generator(def("g", new Ast.ExprStmt(call("rec", call("a"), yieldOf(1L), call("b")), P)));

        assertThat(g.send(PyNone.None)).isEqualTo(1L);
        assertThat(log).containsExactly("a[]");

        log.clear();
        g.frame.resuming = true;
        g.frame.sent = "sent";
        g.frame.throwIn = null;
        int r = StmtNode.block(g.code.body, g.frame);

        assertThat(r).isEqualTo(StmtNode.NORMAL);
        assertThat(log).containsExactly("b[]", "rec[a, sent, b]");
    }

    @Test
    void twoYieldsInOneExpressionSuspendInOrder() {
        // def g(): rec((yield 1), a(), (yield 2))
        PyGenerator g = generator(def("g", new Ast.ExprStmt(call("rec", yieldOf(1L), call("a"), yieldOf(2L)), P)));

        assertThat(g.send(PyNone.None)).isEqualTo(1L);
        assertThat(g.send("x")).isEqualTo(2L);
        assertThat(log).containsExactly("a[]");
    }

    @Test
    void statementLevelYieldsAreNotLowered() {
        // def g(): yield a(); rec(b())  -- compiled as before: no temporaries, a plain yield node
        PyGenerator g = generator(def("g", new Ast.ExprStmt(new Ast.Yield(call("a"), P), P),
                new Ast.ExprStmt(call("rec", call("b")), P)));

        assertThat(g.code.nlocals).isEqualTo(1); // the block's own resume slot only
        assertThat(g.send(PyNone.None)).isEqualTo("a");
    }
}
