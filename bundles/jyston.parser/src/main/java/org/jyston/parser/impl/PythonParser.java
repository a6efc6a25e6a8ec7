package org.jyston.parser.impl;

import org.jyston.api.Parser;
import org.jyston.api.ast.Ast;
import org.jyston.api.object.Errors;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/** The {@link Parser} service: a hand-written tokenizer and recursive-descent parser for Python 3.11. */
@Component(service = Parser.class)
public class PythonParser implements Parser {

    @Override
    public Ast.Mod parse(String source, String filename, Mode mode) {
        try {
            return parseOrFail(source, mode);
        } catch (ParseError e) {
            TypeRef kind = switch (e.kind) {
                case ParseError.INDENTATION -> Errors.IndentationError;
                case ParseError.TAB -> Errors.TabError;
                default -> Errors.SyntaxError;
            };
            throw Errors.syntaxError(kind, e.msg, filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
        }
    }

    /** Parses, reporting syntax errors as {@link ParseError} (no Python types needed). */
    public static Ast.Mod parseOrFail(String source, Mode mode) {
        Tokenizer tz = new Tokenizer(Tokenizer.prepare(source));
        return StmtParser.parse(new StmtParser(tz), mode);
    }
}
