package org.jyston.modules.hashlib.impl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jyston.api.object.TypeRef;

/** The hashes CPython builds in (not through OpenSSL), each with its module, JDK name and sizes. */
enum Algo {
    MD5("_md5", "md5", "MD5", 16, 64),
    SHA1("_sha1", "sha1", "SHA-1", 20, 64),
    SHA224("_sha256", "sha224", "SHA-224", 28, 64),
    SHA256("_sha256", "sha256", "SHA-256", 32, 64),
    SHA384("_sha512", "sha384", "SHA-384", 48, 128),
    SHA512("_sha512", "sha512", "SHA-512", 64, 128);

    final String module;
    final String name;
    final String jdkName;
    final int digestSize;
    final int blockSize;
    /** CPython's type name ({@code _sha512.sha512}). */
    final String typeName;
    final TypeRef type;

    Algo(String module, String name, String jdkName, int digestSize, int blockSize) {
        this.module = module;
        this.name = name;
        this.jdkName = jdkName;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        this.typeName = module + "." + name;
        this.type = TypeRef.of(typeName);
    }

    MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jdkName + " is required of every Java platform", e);
        }
    }
}
