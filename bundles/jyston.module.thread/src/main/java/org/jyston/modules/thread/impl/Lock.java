package org.jyston.modules.thread.impl;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;

/**
 * {@code _thread.lock} (not reentrant; any thread may release it, as in CPython: a semaphore of one)
 * and {@code _thread.RLock} (reentrant, released only by its owner).
 */
abstract class Lock implements PyObject {
    /** Acquires; a negative timeout waits for ever. */
    abstract boolean acquire(boolean blocking, double timeout) throws InterruptedException;

    abstract void release();

    abstract boolean locked();

    static final class Plain extends Lock {
        static final org.jyston.api.object.TypeRef TYPE = org.jyston.api.object.TypeRef.of("lock");
        private final Semaphore permit = new Semaphore(1);

        @Override
        public PyType getType() {
            return TYPE.get();
        }

        @Override
        boolean acquire(boolean blocking, double timeout) throws InterruptedException {
            if (!blocking) {
                return permit.tryAcquire();
            }
            if (timeout < 0) {
                permit.acquire();
                return true;
            }
            return permit.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        }

        @Override
        void release() {
            if (permit.availablePermits() > 0) {
                throw ThreadModule.error("release unlocked lock");
            }
            permit.release();
        }

        @Override
        boolean locked() {
            return permit.availablePermits() == 0;
        }
    }

    static final class Reentrant extends Lock implements org.jyston.api.object.HasDict {
        static final org.jyston.api.object.TypeRef TYPE = org.jyston.api.object.TypeRef.of("RLock");
        final ReentrantLock lock = new ReentrantLock();
        private final PyType type;
        private org.jyston.api.object.PyDict dict;

        Reentrant(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        boolean acquire(boolean blocking, double timeout) throws InterruptedException {
            if (!blocking) {
                return lock.tryLock();
            }
            if (timeout < 0) {
                lock.lockInterruptibly();
                return true;
            }
            return lock.tryLock((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        }

        @Override
        void release() {
            if (!lock.isHeldByCurrentThread()) {
                throw org.jyston.api.object.Errors.raise(org.jyston.api.object.Errors.RuntimeError,
                        "cannot release un-acquired lock");
            }
            lock.unlock();
        }

        @Override
        boolean locked() {
            return lock.isLocked();
        }

        @Override
        public synchronized org.jyston.api.object.PyDict getDict() {
            if (dict == null) {
                dict = new org.jyston.api.object.PyDict();
            }
            return dict;
        }

        @Override
        public org.jyston.api.object.PyDict getDictIfPresent() {
            return dict;
        }

        @Override
        public boolean allowsDict() {
            return type.isHeapType() && type.instancesHaveCpythonDict();
        }
    }
}
