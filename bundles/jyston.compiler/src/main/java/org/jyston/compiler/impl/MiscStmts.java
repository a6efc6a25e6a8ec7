package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyType;

/** {@code del}, {@code assert}, annotated assignment, the walrus, and {@code with}. */
final class MiscStmts {
    private MiscStmts() {}

    static final class Delete extends StmtNode {
        private final Target[] targets;
        private final Pos[] positions;

        Delete(Target[] targets, Pos[] positions) {
            this.targets = targets;
            this.positions = positions;
        }

        @Override
        int exec(Frame f) {
            for (int i = 0; i < targets.length; i++) {
                try {
                    targets[i].delete(f);
                } catch (PyException e) {
                    throw f.at(e, positions[i]);
                }
            }
            return NORMAL;
        }
    }

    static final class Assert extends StmtNode {
        private final ExprNode test;
        private final ExprNode msg;
        private final Pos pos;

        Assert(ExprNode test, ExprNode msg, Pos pos) {
            this.test = test;
            this.msg = msg;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            if (!Truth.test(test, f)) {
                PyException e = msg == null ? Errors.raise(org.jyston.api.object.TypeRef.of("AssertionError"))
                        : Errors.raise(org.jyston.api.object.TypeRef.of("AssertionError"), msg.eval(f));
                throw f.at(e, pos);
            }
            return NORMAL;
        }
    }

    /** CPython's SETUP_ANNOTATIONS: a module or class body with annotations starts with {@code __annotations__ = {}}. */
    static final class SetupAnnotations extends StmtNode {
        private final boolean classBody;

        private SetupAnnotations(boolean classBody) {
            this.classBody = classBody;
        }

        static StmtNode[] prepend(Scope scope, StmtNode[] body, boolean classBody) {
            if (!scope.hasAnnotations) {
                return body;
            }
            StmtNode[] out = new StmtNode[body.length + 1];
            out[0] = new SetupAnnotations(classBody);
            System.arraycopy(body, 0, out, 1, body.length);
            return out;
        }

        @Override
        int exec(Frame f) {
            PyDict ns = classBody ? f.namespace : f.globals;
            if (ns.get("__annotations__") == null) {
                ns.put("__annotations__", new PyDict());
            }
            return NORMAL;
        }
    }

    /** {@code name: annotation = value} at module or class level: the annotation goes into {@code __annotations__}. */
    static final class Annotate extends StmtNode {
        private final String name;
        private final ExprNode annotation;
        private final boolean classBody;

        Annotate(String name, ExprNode annotation, boolean classBody) {
            this.name = name;
            this.annotation = annotation;
            this.classBody = classBody;
        }

        @Override
        int exec(Frame f) {
            Object a = annotation.eval(f);
            PyDict ns = classBody ? f.namespace : f.globals;
            Object anns = ns.get("__annotations__");
            if (!(anns instanceof PyDict)) {
                anns = new PyDict();
                ns.put("__annotations__", anns);
            }
            ((PyDict) anns).put(name, a);
            return NORMAL;
        }
    }

    /** {@code (target := value)}. */
    static final class Walrus extends ExprNode {
        private final Target target;
        private final ExprNode value;

        Walrus(Target target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        Object eval(Frame f) {
            Object v = value.eval(f);
            target.store(f, v);
            return v;
        }
    }

    /**
     * {@code with cm as target: body}: {@code __enter__} and {@code __exit__} looked up on the type;
     * a true result from {@code __exit__} swallows the exception.
     */
    static final class With extends StmtNode {
        private final ExprNode manager;
        private final Target target;
        private final StmtNode[] body;
        private final Pos pos;
        private final org.jyston.api.ExceptionManager exceptions;

        With(ExprNode manager, Target target, StmtNode[] body, Pos pos, org.jyston.api.ExceptionManager exceptions) {
            this.manager = manager;
            this.target = target;
            this.body = body;
            this.pos = pos;
            this.exceptions = exceptions;
        }

        @Override
        int exec(Frame f) {
            Object cm = manager.eval(f);
            Object exit;
            Object entered;
            try {
                PyType t = PyType.of(cm);
                Object enter = t.lookup("__enter__");
                exit = t.lookup("__exit__");
                if (enter == null) {
                    throw Errors.typeError("'" + t.getName() + "' object does not support the context manager protocol");
                }
                if (exit == null) {
                    throw Errors.typeError("'" + t.getName()
                            + "' object does not support the context manager protocol (missed __exit__ method)");
                }
                entered = Methods.callUnbound(enter, cm);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            if (target != null) {
                target.store(f, entered);
            }
            int r;
            try {
                r = block(body, f);
            } catch (PyException e) {
                exceptions.recordFrame(e, f, f.code(), f.errorPos);
                f.errorPos = null;
                Object none = org.jyston.api.object.PyNone.None;
                org.jyston.api.object.PyBaseException saved = f.thread.handling;
                f.thread.handling = e.value();
                boolean swallow;
                try {
                    swallow = Op.isTrue(Methods.callUnbound(exit, cm, e.type(), e.value(), traceback(e)));
                } catch (PyException e2) {
                    throw f.at(exceptions.whileHandling(e2, e.value()), pos);
                } finally {
                    f.thread.handling = saved;
                }
                if (swallow) {
                    return NORMAL;
                }
                throw e;
            }
            Object none = org.jyston.api.object.PyNone.None;
            try {
                Methods.callUnbound(exit, cm, none, none, none);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            return r;
        }
    }

    /** The traceback {@code __exit__} receives: the exception's {@code __traceback__}, or None. */
    static Object traceback(org.jyston.api.object.PyException e) {
        Object tb = e.value().getTraceback();
        return tb == null ? org.jyston.api.object.PyNone.None : tb;
    }
}
