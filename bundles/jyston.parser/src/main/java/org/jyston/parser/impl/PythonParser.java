package org.jyston.parser.impl;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jyston.api.Parser;
import org.jyston.api.ast.Ast;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link Parser} service: a hand-written tokenizer and recursive-descent parser for Python 3.11.
 * Nesting is bounded as in CPython (a MemoryError past its parser's MAXSTACK, a RecursionError for ASTs
 * its compiler would refuse); should the caller's thread stack still be too small, the parse is redone
 * on a thread with a large stack, so no input ends in a Java {@link StackOverflowError}.
 */
@Component(service = Parser.class)
public class PythonParser implements Parser {
    /** Stack of the fallback thread: ample for {@link ParserBase#MAXSTACK} levels. */
    static final long BIG_STACK = 1L << 29;

    @Override
    public Ast.Mod parse(String source, String filename, Mode mode) {
        try {
            return parseOrFail(source, mode);
        } catch (ParseError e) {
            throw toPython(multiLine(e, filename, mode), filename);
        }
    }

    @Override
    public Ast.Mod parse(byte[] source, String filename, Mode mode) {
        try {
            return parseOrFail(source, mode);
        } catch (ParseError e) {
            throw toPython(multiLine(e, filename, mode), filename);
        }
    }

    @Override
    public String dump(Ast.Mod tree, boolean includeAttributes) {
        return withStack(() -> AstDump.dump(tree, includeAttributes));
    }

    /**
     * An error spanning several lines, as CPython reports it: its text is the first line as the
     * tokenizer's buffer holds it, without the newline (only file input read from a file that exists
     * takes the line, newline included, from the file), and the end offset, although it counts
     * columns of the last line, is cut to one past the end of that text.
     */
    static ParseError multiLine(ParseError e, String filename, Mode mode) {
        if (e.text == null || e.lineno == ParseError.NONE || e.endLineno == ParseError.NONE
                || e.lineno == e.endLineno || e.endOffset == ParseError.NONE) {
            return e;
        }
        String text = e.text;
        if (text.endsWith("\n") && !(mode == Mode.EXEC && isFile(filename))) {
            text = text.substring(0, text.length() - 1);
        }
        int limit = text.codePointCount(0, text.length()) + 1;
        int end = e.endOffset > limit ? limit : e.endOffset;
        if (text.equals(e.text) && end == e.endOffset) {
            return e;
        }
        return new ParseError(e.kind, e.msg, e.lineno, e.offset, text, e.endLineno, end);
    }

    private static boolean isFile(String filename) {
        try {
            return filename != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(filename));
        } catch (RuntimeException e) {
            return false; // not a path on this system (e.g. "<string>" on some file systems)
        }
    }

    static RuntimeException toPython(ParseError e, String filename) {
        if (e.kind.equals(ParseError.MEMORY)) {
            return Errors.raise(Errors.MemoryError);
        }
        if (e.kind.equals(ParseError.RECURSION)) {
            return Errors.raise(Errors.RecursionError, e.msg);
        }
        TypeRef kind = switch (e.kind) {
            case ParseError.INDENTATION -> Errors.IndentationError;
            case ParseError.TAB -> Errors.TabError;
            default -> Errors.SyntaxError;
        };
        if (e.lineno == ParseError.NONE || e.endLineno == ParseError.NONE) {
            Object details = PyTuple.of(filename, opt(e.lineno), opt(e.offset),
                    e.text == null ? PyNone.None : e.text, opt(e.endLineno), opt(e.endOffset));
            return Errors.raise(kind, e.msg, details);
        }
        return Errors.syntaxError(kind, e.msg, filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
    }

    private static Object opt(int v) {
        return v == ParseError.NONE ? PyNone.None : (Object) (long) v;
    }

    /** Parses source bytes (BOM, PEP 263), reporting errors as {@link ParseError}. */
    public static Ast.Mod parseOrFail(byte[] source, Mode mode) {
        return parseText(SourceDecoder.decode(source), mode);
    }

    /** Parses, reporting syntax errors as {@link ParseError} (no Python types needed). */
    public static Ast.Mod parseOrFail(String source, Mode mode) {
        if (source.indexOf('\0') >= 0) {
            throw new ParseError(ParseError.SYNTAX, "source code string cannot contain null bytes", ParseError.NONE,
                    ParseError.NONE, null, ParseError.NONE, ParseError.NONE);
        }
        return parseText(source, mode);
    }

    private static Ast.Mod parseText(String source, Mode mode) {
        char[] chars = Tokenizer.prepare(source);
        return withStack(() -> {
            StmtParser parser = new StmtParser(new Tokenizer(chars));
            Ast.Mod tree;
            try {
                tree = StmtParser.parse(parser, mode);
            } catch (ParseError e) {
                throw parser.preferTokenizerError(e);
            }
            // the bound overestimates the AST's depth by a small factor: measure only when it might be deep
            if (parser.maxNesting > AstDepth.COMPILE_LIMIT / 4
                    && AstDepth.deeperThan(tree, AstDepth.COMPILE_LIMIT)) {
                throw new ParseError(ParseError.RECURSION, "maximum recursion depth exceeded during compilation",
                        ParseError.NONE, ParseError.NONE, null, ParseError.NONE, ParseError.NONE);
            }
            return tree;
        });
    }

    /** Runs {@code task}; if this thread's stack is too small for it, again on a thread with a big one. */
    static <T> T withStack(Supplier<T> task) {
        try {
            return task.get();
        } catch (StackOverflowError e) {
            AtomicReference<Object> result = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    result.set(task.get());
                } catch (RuntimeException | Error x) {
                    result.set(x);
                }
            }, "jyston-parser", BIG_STACK);
            t.start();
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException ie) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Object r = result.get();
            if (r instanceof RuntimeException x) {
                throw x;
            }
            if (r instanceof Error x) {
                throw x;
            }
            @SuppressWarnings("unchecked")
            T value = (T) r;
            return value;
        }
    }
}
