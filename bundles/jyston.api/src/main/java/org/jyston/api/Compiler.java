package org.jyston.api;

import org.jyston.api.ast.Ast;
import org.osgi.annotation.versioning.ProviderType;

/** Turns an AST into runnable {@link Code}; tier 0 first, higher tiers as the code runs hot. */
@ProviderType
public interface Compiler {
    Code compile(Ast.Mod module, String filename);
}
