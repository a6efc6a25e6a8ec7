package org.jyston.compiler.impl;

import org.jyston.api.ExceptionManager;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.TypeRef;

/**
 * An async generator: what calling an {@code async def} with {@code yield} gives. Its frame runs
 * like a coroutine's, but a {@code yield v} suspends with {@code v} wrapped in a {@link Value}:
 * the awaitables {@code __anext__()}/{@code asend()}/{@code athrow()}/{@code aclose()} return
 * ({@link Step}) pass every other suspension (an await inside the body) up to whoever drives them,
 * and end with {@code StopIteration(v)} when a wrapped value comes out.
 */
final class PyAsyncGenerator extends PyGenerator {
    static final TypeRef GENERATOR_EXIT = TypeRef.of("GeneratorExit");

    PyAsyncGenerator(FunctionCode code, Frame frame, ExceptionManager exceptions) {
        super(code, frame, false, exceptions);
    }

    @Override
    String kind() {
        return "async generator";
    }

    /** A value yielded by the body (as opposed to one passed through from an await). */
    static final class Value {
        final Object value;

        Value(Object value) {
            this.value = value;
        }
    }

    /** The awaitable of one {@code asend}/{@code __anext__}, {@code athrow} or {@code aclose}. */
    abstract static class Step {
        private static final int INIT = 0;
        private static final int ITER = 1;
        private static final int DONE = 2;

        final PyAsyncGenerator gen;
        private final Object sendValue;
        private final PyException throwValue;
        private final boolean close;
        private int state = INIT;

        Step(PyAsyncGenerator gen, Object sendValue, PyException throwValue, boolean close) {
            this.gen = gen;
            this.sendValue = sendValue;
            this.throwValue = throwValue;
            this.close = close;
        }

        abstract String reuseMessage();

        Object send(Object v) {
            if (state == DONE) {
                throw Errors.raise(Errors.RuntimeError, reuseMessage());
            }
            if (state == INIT) {
                state = ITER;
                if (throwValue != null) {
                    if (v != PyNone.None) {
                        throw Errors.raise(Errors.RuntimeError, "can't send non-None value to a just-started coroutine");
                    }
                    return result(() -> gen.throwInto(throwValue));
                }
                Object first = v == PyNone.None ? sendValue : v;
                return result(() -> gen.send(first));
            }
            return result(() -> gen.send(v));
        }

        Object throwIn(PyException e) {
            if (state == DONE) {
                throw Errors.raise(Errors.RuntimeError, reuseMessage());
            }
            state = ITER;
            return result(() -> gen.throwInto(e));
        }

        Object close() {
            state = DONE;
            return PyNone.None;
        }

        private Object result(java.util.function.Supplier<Object> step) {
            Object r;
            try {
                r = step.get();
            } catch (PyException e) {
                state = DONE;
                if (close) {
                    if (e.matches(Errors.StopIteration.get()) || e.matches(AsyncStmts.STOP_ASYNC_ITERATION.get())
                            || e.matches(GENERATOR_EXIT.get())) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                } else if (e.matches(Errors.StopIteration.get())) {
                    throw Errors.raise(AsyncStmts.STOP_ASYNC_ITERATION);
                }
                throw e;
            }
            if (r instanceof Value w) {
                state = DONE;
                if (close) {
                    throw Errors.raise(Errors.RuntimeError, "async generator ignored GeneratorExit");
                }
                throw Errors.raise(Errors.StopIteration, w.value);
            }
            return r;
        }
    }

    /** {@code __anext__()} and {@code asend(v)}. */
    static final class ASend extends Step {
        ASend(PyAsyncGenerator gen, Object value) {
            super(gen, value, null, false);
        }

        @Override
        String reuseMessage() {
            return "cannot reuse already awaited __anext__()/asend()";
        }
    }

    /** {@code athrow(...)} and {@code aclose()}. */
    static final class AThrow extends Step {
        AThrow(PyAsyncGenerator gen, PyException e, boolean close) {
            super(gen, PyNone.None, e, close);
        }

        @Override
        String reuseMessage() {
            return "cannot reuse already awaited aclose()/athrow()";
        }

        static AThrow close(PyAsyncGenerator gen) {
            return new AThrow(gen, new PyException(new PyBaseException(GENERATOR_EXIT.get())), true);
        }
    }
}
