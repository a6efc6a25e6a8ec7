package org.jyston.modules.sre.impl;

import static org.jyston.modules.sre.impl.Codes.*;

import org.jyston.api.object.Errors;

/**
 * Checks the structure of code handed to {@code _sre.compile} before the engine trusts it, as CPython's
 * {@code _validate} does: known opcodes, skips that stay inside their block, group numbers below the
 * group count, repeat bodies closed by the right opcode. Code from {@code re._compiler} always passes;
 * anything else is refused with CPython's {@code RuntimeError: invalid SRE code}.
 */
final class Validator {
    private final int[] code;
    private final int groups;

    private Validator(int[] code, int groups) {
        this.code = code;
        this.groups = groups;
    }

    static void check(int[] code, int groups) {
        Validator v = new Validator(code, groups);
        try {
            v.block(0, code.length);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return Errors.raise(Errors.RuntimeError, "invalid SRE code");
    }

    private int skip(int at, int end) {
        int s = code[at];
        if (s <= 0 || at + s > end) {
            throw invalid();
        }
        return s;
    }

    private void block(int i, int end) {
        while (i < end) {
            int op = code[i++];
            switch (op) {
                case FAILURE:
                case SUCCESS:
                case ANY:
                case ANY_ALL:
                    break;
                case MARK:
                    if (code[i] < 0 || code[i] > 2 * groups + 1) {
                        throw invalid();
                    }
                    i++;
                    break;
                case LITERAL:
                case NOT_LITERAL:
                case LITERAL_IGNORE:
                case NOT_LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE:
                case NOT_LITERAL_UNI_IGNORE:
                case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                    i++;
                    break;
                case AT:
                    if (code[i] < 0 || code[i] > AT_UNI_NON_BOUNDARY) {
                        throw invalid();
                    }
                    i++;
                    break;
                case CATEGORY:
                    if (code[i] < 0 || code[i] > CAT_UNI_NOT_LINEBREAK) {
                        throw invalid();
                    }
                    i++;
                    break;
                case IN:
                case IN_IGNORE:
                case IN_UNI_IGNORE:
                case IN_LOC_IGNORE: {
                    int s = skip(i, end);
                    charset(i + 1, i + s);
                    i += s;
                    break;
                }
                case INFO: {
                    int s = skip(i, end);
                    i += s;
                    break;
                }
                case JUMP: {
                    int s = skip(i, code.length);
                    i++;
                    if (i - 1 + s > code.length) {
                        throw invalid();
                    }
                    break;
                }
                case BRANCH: {
                    for (;;) {
                        int s = code[i];
                        if (s == 0) {
                            i++;
                            break;
                        }
                        skip(i, end);
                        block(i + 1, i + s);
                        i += s;
                    }
                    break;
                }
                case REPEAT_ONE:
                case MIN_REPEAT_ONE:
                case POSSESSIVE_REPEAT_ONE: {
                    int s = skip(i, end);
                    if (s < 4 || code[i + s - 1] != SUCCESS) {
                        throw invalid();
                    }
                    block(i + 3, i + s - 1);
                    i += s;
                    break;
                }
                case REPEAT:
                case POSSESSIVE_REPEAT: {
                    int s = skip(i, end);
                    if (s < 3 || i + s >= end) {
                        throw invalid();
                    }
                    block(i + 3, i + s);
                    i += s;
                    int close = code[i++];
                    if (op == REPEAT ? close != MAX_UNTIL && close != MIN_UNTIL : close != SUCCESS) {
                        throw invalid();
                    }
                    break;
                }
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE:
                    if (code[i] < 0 || code[i] >= groups) {
                        throw invalid();
                    }
                    i++;
                    break;
                case GROUPREF_EXISTS:
                    if (code[i] < 0 || code[i] >= groups) {
                        throw invalid();
                    }
                    skip(i + 1, end + 1);
                    i += 2;
                    break;
                case ASSERT:
                case ASSERT_NOT: {
                    int s = skip(i, end);
                    if (s < 3 || code[i + s - 1] != SUCCESS) {
                        throw invalid();
                    }
                    block(i + 2, i + s - 1);
                    i += s;
                    break;
                }
                case ATOMIC_GROUP: {
                    int s = skip(i, end);
                    if (s < 2 || code[i + s - 1] != SUCCESS) {
                        throw invalid();
                    }
                    block(i + 1, i + s - 1);
                    i += s;
                    break;
                }
                default:
                    throw invalid();
            }
        }
        if (i != end) {
            throw invalid();
        }
    }

    private void charset(int i, int end) {
        while (i < end) {
            switch (code[i++]) {
                case FAILURE:
                    if (i != end) {
                        throw invalid();
                    }
                    return;
                case NEGATE:
                    break;
                case LITERAL:
                    i++;
                    break;
                case RANGE:
                case RANGE_UNI_IGNORE:
                    i += 2;
                    break;
                case CHARSET:
                    i += 8;
                    break;
                case BIGCHARSET: {
                    int blocks = code[i];
                    if (blocks < 0 || blocks > 256) {
                        throw invalid();
                    }
                    for (int k = 0; k < 256; k++) {
                        int b = (code[i + 1 + (k >> 2)] >>> ((k & 3) * 8)) & 0xff;
                        if (b >= blocks) {
                            throw invalid();
                        }
                    }
                    i += 1 + 64 + blocks * 8;
                    break;
                }
                case CATEGORY:
                    if (code[i] < 0 || code[i] > CAT_UNI_NOT_LINEBREAK) {
                        throw invalid();
                    }
                    i++;
                    break;
                default:
                    throw invalid();
            }
        }
        throw invalid();
    }
}
