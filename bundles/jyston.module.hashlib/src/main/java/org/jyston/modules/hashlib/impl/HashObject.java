package org.jyston.modules.hashlib.impl;

import java.security.MessageDigest;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;

/** A hash object ({@code _sha512.sha512(...)}): the running digest, under the object's monitor. */
final class HashObject implements PyObject {
    final Algo algo;
    private final MessageDigest md;

    HashObject(Algo algo, MessageDigest md) {
        this.algo = algo;
        this.md = md;
    }

    @Override
    public PyType getType() {
        return algo.type.get();
    }

    synchronized void update(byte[] data) {
        md.update(data);
    }

    /** The digest so far; the running state goes on (a clone is finished, as CPython copies its state). */
    synchronized byte[] digest() {
        try {
            return ((MessageDigest) md.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's digests are cloneable", e);
        }
    }

    synchronized HashObject copy() {
        try {
            return new HashObject(algo, (MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's digests are cloneable", e);
        }
    }
}
