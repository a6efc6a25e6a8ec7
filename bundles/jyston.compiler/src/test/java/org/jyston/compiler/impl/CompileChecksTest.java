package org.jyston.compiler.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.jyston.api.CompileWarning;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTuple;
import org.junit.jupiter.api.Test;

/**
 * The SyntaxErrors CPython raises after parsing ({@link ScopeBuilder}, {@link CompileChecks}): their
 * message and position; and the compile-time warnings, collected rather than raised.
 */
class CompileChecksTest {
    @org.junit.jupiter.api.BeforeAll
    static void types() {
        org.jyston.testkit.TestTypes.ensure();
    }

    private static Pos at(int line, int col, int endCol) {
        return new Pos(line, col, line, endCol);
    }

    private static Ast.Module module(Ast.Stmt... body) {
        return new Ast.Module(List.of(body), List.of());
    }

    private static Ast.Name load(String id, Pos p) {
        return new Ast.Name(id, Ast.ExprContext.Load, p);
    }

    /** The message and (lineno, offset, end_lineno, end_offset) of the SyntaxError compiling {@code m} raises. */
    private static String error(Ast.Module m) {
        PyException e = catchThrowableOfType(() -> {
            ScopeBuilder.build(m, "<test>");
            CompileChecks.check(m, "<test>");
        }, PyException.class);
        assertThat(e).as("a SyntaxError").isNotNull();
        PyTuple args = e.value().getArgs();
        PyTuple d = (PyTuple) args.get(1);
        return args.get(0) + " " + d.get(1) + ":" + d.get(2) + "-" + d.get(4) + ":" + d.get(5);
    }

    @Test
    void returnOutsideAFunctionIsReportedAtTheStatement() {
        Ast.Module m = module(new Ast.Return(new Ast.Constant(5L, null, at(1, 7, 8)), at(1, 0, 8)));
        assertThat(error(m)).isEqualTo("'return' outside function 1:1-1:9");
    }

    @Test
    void breakLeavingAnExceptStarBlockIsRefusedButABreakOfALoopInsideItIsNot() {
        Ast.Stmt breakStmt = new Ast.Break(at(4, 8, 13));
        Ast.ExceptHandler leaving = new Ast.ExceptHandler(load("E", at(3, 12, 13)), null, List.of(breakStmt), at(3, 4, 13));
        Ast.Stmt tryStar = new Ast.TryStar(List.of(new Ast.Pass(at(2, 8, 12))), List.of(leaving), List.of(), List.of(),
                at(2, 4, 13));
        Ast.Stmt loop = new Ast.While(new Ast.Constant(Boolean.TRUE, null, at(1, 6, 10)), List.of(tryStar), List.of(),
                at(1, 0, 13));
        assertThat(error(module(loop)))
                .isEqualTo("'break', 'continue' and 'return' cannot appear in an except* block 4:9-4:14");

        Ast.Stmt innerLoop = new Ast.While(new Ast.Constant(Boolean.TRUE, null, at(4, 14, 18)),
                List.of(new Ast.Break(at(5, 12, 17))), List.of(), at(4, 8, 17));
        Ast.ExceptHandler staying = new Ast.ExceptHandler(load("E", at(3, 12, 13)), null, List.of(innerLoop), at(3, 4, 13));
        Ast.Module fine = module(new Ast.TryStar(List.of(new Ast.Pass(at(2, 8, 12))), List.of(staying), List.of(),
                List.of(), at(1, 0, 17)));
        ScopeBuilder.build(fine, "<test>");
        assertThat(CompileChecks.check(fine, "<test>")).isEmpty();
    }

    @Test
    void aGlobalDeclarationAfterAUseNamesTheUseEvenWhenTheNameIsAlsoAssigned() {
        // def f():
        //     x = x
        //     global x
        Ast.Stmt assign = new Ast.Assign(List.of(new Ast.Name("x", Ast.ExprContext.Store, at(2, 4, 5))),
                load("x", at(2, 8, 9)), null, at(2, 4, 9));
        Ast.Stmt global = new Ast.Global(List.of("x"), at(3, 4, 12));
        Ast.Arguments none = new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        Ast.Module m = module(new Ast.FunctionDef("f", none, List.of(assign, global), List.of(), null, null,
                at(1, 0, 12)));
        assertThat(error(m)).isEqualTo("name 'x' is used prior to global declaration 3:5-3:13");
    }

    @Test
    void isWithALiteralIsAWarningAndCompilationGoesOn() {
        // x is 5 is not None
        Ast.Expr cmp = new Ast.Compare(load("x", at(1, 0, 1)), List.of(Ast.CmpOp.Is, Ast.CmpOp.IsNot),
                List.of(new Ast.Constant(5L, null, at(1, 5, 6)), new Ast.Constant(org.jyston.api.object.PyNone.None,
                        null, at(1, 14, 18))), at(1, 0, 18));
        Ast.Module m = module(new Ast.ExprStmt(cmp, at(1, 0, 18)));
        ScopeBuilder.build(m, "f.py");
        List<CompileWarning> w = CompileChecks.check(m, "f.py");
        // one warning per chain, though "5 is not None" has a literal too
        assertThat(w).extracting(CompileWarning::message).containsExactly("\"is\" with a literal. Did you mean \"==\"?");
        assertThat(w.get(0).lineno()).isEqualTo(1);
        assertThat(w.get(0).category()).isEqualTo("SyntaxWarning");
    }
}
