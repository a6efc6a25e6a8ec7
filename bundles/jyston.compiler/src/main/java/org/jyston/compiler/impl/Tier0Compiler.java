package org.jyston.compiler.impl;

import java.util.List;
import org.jyston.api.Code;
import org.jyston.api.Compiler;
import org.jyston.api.ExceptionManager;
import org.jyston.api.ast.Ast;
import org.jyston.api.object.CodeInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tier 0: builds the symbol table, then compiles the AST into a tree of interpreter nodes with
 * every name already resolved. The exception manager is bound here, once, and handed to the code
 * that needs it.
 */
@Component(service = Compiler.class)
public class Tier0Compiler implements Compiler {

    @Reference
    ExceptionManager exceptions;

    @Override
    public Code compile(Ast.Mod module, String filename) {
        Scope scope = ScopeBuilder.build(module, filename);
        List<org.jyston.api.CompileWarning> warnings = CompileChecks.check(module, filename);
        CodeInfo info = new CodeInfo(filename, "<module>");
        Translator t = new Translator(filename, scope, "", exceptions);
        t.interactive = module instanceof Ast.Interactive;
        FunctionCode code = new FunctionCode(info, "<module>", null, 0, 0, 0, false, false, exceptions);
        if (module instanceof Ast.Expression e) {
            code.body = new StmtNode[] {new Stmts.Return(t.expr(e.body()))};
        } else {
            List<Ast.Stmt> body = module instanceof Ast.Module m ? m.body() : ((Ast.Interactive) module).body();
            code.body = MiscStmts.SetupAnnotations.prepend(scope, t.block(body), false);
            code.doc = Translator.docstring(body);
        }
        code.setModulePositions(t.positions);
        return new ModuleCode(code, warnings);
    }
}
