package org.jyston.modules.sre.impl;

import static org.jyston.modules.sre.impl.Codes.*;

import java.util.Arrays;
import org.jyston.api.object.Errors;

/**
 * One match attempt of an sre program ({@code re._compiler}'s int code) over a {@link Subject}: the
 * state of CPython's {@code SRE_STATE}, and a backtracking interpreter of the opcodes written from
 * their semantics.
 *
 * <p>The interpreter keeps its choice points on an explicit int stack, not on the Java stack, so a long
 * subject never overflows it: a choice point remembers where to resume (an untried branch, one fewer
 * or one more repetition, the tail instead of another iteration), the height of the <em>trail</em>
 * (an undo log of every change to the group marks and the repeat contexts made after it),
 * {@code lastmark} and {@code lastindex}. Backtracking pops a choice point, undoes the repeat contexts
 * and restores lastmark/lastindex; it undoes the marks only where CPython pushes them on its mark
 * stack (a repeat is active, or always for MAX_UNTIL and possessive repeats), so marks written on a
 * failed path survive below lastmark exactly where they do in CPython. Only bodies that are
 * matched on their own (lookarounds, atomic groups, possessive repeats) recurse in Java, so the depth
 * of Java recursion is bounded by the nesting of the pattern, never by the subject.
 */
final class Engine {
    /** A repeat context ({@code REPEAT}...{@code MAX_UNTIL/MIN_UNTIL}): CPython's {@code SRE_REPEAT}. */
    private static final class Rep {
        final int pc;
        final Rep prev;
        int count = -1;
        int lastPtr = -1;

        Rep(int pc, Rep prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    // choice point kinds (the top word of a frame)
    // (each frame ends with [trail, lastMark, lastIndex, restoreMarks, K])
    private static final int K_BRANCH = 1; // [nextAlt, ptr, 0, ...]
    private static final int K_REPEAT_ONE = 2; // [pcOp, ptr, count, ...]
    private static final int K_MIN_REPEAT_ONE = 3; // [pcOp, ptr, count, ...]
    private static final int K_MAX_UNTIL_TAIL = 4; // [pcUntil, ptr, 0, ...]
    private static final int K_MIN_UNTIL_BODY = 5; // [pcUntil, ptr, count, ...]
    private static final int FRAME = 8;

    // trail entry kinds other than a mark index
    private static final int T_REPCOUNT = -2;
    private static final int T_REPLAST = -3;
    private static final int T_CURREP = -4;

    private final int[] code;
    private final String str;
    private final byte[] bytes;
    private final int[] cps;
    final Subject subject;
    /** The bounds: {@code pos} and {@code endpos} clamped to the subject, as CPython's state_init. */
    final int start;
    final int end;
    boolean matchAll;
    boolean mustAdvance;
    /** Where the current top-level attempt started (CPython's {@code state->start} during a search). */
    private int attemptStart;

    /**
     * Group marks, two per group, -1 when unset. As in CPython, only marks up to {@link #lastMark} are
     * valid: backtracking always restores lastMark (and lastIndex), but restores the marks themselves
     * only where CPython saves them (when a repeat is active, or always at MAX_UNTIL and possessive
     * repeats), so a mark written on a path that failed can survive below lastMark, as it does there.
     */
    final int[] marks;
    int lastMark = -1;
    int lastIndex = -1;
    /** After a success: the span of the whole match. */
    int matchStart;
    int matchEnd;

    private Rep rep;
    /**
     * The literal prefix every match starts with, when the subject is a plain Java string: a search
     * finds candidates with {@link String#indexOf}. Null otherwise.
     */
    private final String literalPrefix;
    // allocated on first use: a simple pattern never backtracks
    private int[] stack = NONE;
    private int sp;
    private int[] trail = NONE;
    private Object[] trailRef = NO_REFS;
    private static final int[] NONE = new int[0];
    private static final Object[] NO_REFS = new Object[0];
    private int tp;

    Engine(int[] code, int groups, Subject subject, long pos, long endpos) {
        this(code, groups, subject, pos, endpos, null);
    }

    Engine(int[] code, int groups, Subject subject, long pos, long endpos, String prefix) {
        this.code = code;
        this.literalPrefix = subject.str != null ? prefix : null;
        this.subject = subject;
        this.str = subject.str;
        this.bytes = subject.bytes;
        this.cps = subject.cps;
        int n = subject.length;
        this.start = (int) (pos < 0 ? 0 : Math.min(pos, n));
        this.end = (int) (endpos < 0 ? 0 : Math.min(endpos, n));
        // room for one group more than declared: CPython's validator lets MARK name it
        this.marks = new int[2 * groups + 2];
        Arrays.fill(marks, -1);
    }

    private int ch(int i) {
        String s = str;
        if (s != null) {
            return s.charAt(i);
        }
        byte[] b = bytes;
        if (b != null) {
            return b[i] & 0xff;
        }
        return cps[i];
    }

    private void reset() {
        lastMark = -1;
        lastIndex = -1;
        rep = null;
        sp = 0;
        tp = 0;
    }

    // ---- entry points

    /** {@code match}/{@code fullmatch} at {@code from}: true on success, with the span in matchStart/matchEnd. */
    boolean match(int from) {
        try {
            return matchAt(from);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw internalError(); // code the validator let through but that does not hold together
        }
    }

    boolean search(int from) {
        try {
            return searchFrom(from);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw internalError();
        }
    }

    private boolean matchAt(int from) {
        int pc = 0;
        int ptr = from;
        if (code[0] == INFO) {
            int min = code[3];
            if (min != 0 && end - ptr >= 0 && end - ptr < Codes.count(min)) {
                return false;
            }
            pc = code[1] + 1;
        }
        reset();
        attemptStart = ptr;
        int r = run(pc, ptr, true);
        if (r < 0) {
            return false;
        }
        matchStart = ptr;
        matchEnd = r;
        return true;
    }

    /** {@code search} from {@code from}: the first position where the program matches. */
    private boolean searchFrom(int from) {
        int ptr = from;
        if (ptr > end) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int min = 0;
        if (code[0] == INFO) {
            flags = code[2];
            min = Codes.count(code[3]);
            if (min > end - ptr) {
                return false;
            }
            pc = code[1] + 1;
        }
        int last = end - min;
        // a search anchored at the beginning of the string can only succeed at its first position
        boolean anchored = code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING);
        int first = -1;
        int setPc = -1;
        if ((flags & INFO_PREFIX) != 0 && code[5] > 0) {
            first = code[7];
        } else if ((flags & INFO_CHARSET) != 0) {
            setPc = 5;
        }
        // a first opcode that reads one character rejects most positions without entering the interpreter
        boolean firstSingle = isSingle(code[pc]);
        for (int p = ptr; p <= last; p++) {
            if (literalPrefix != null) {
                p = str.indexOf(literalPrefix, p);
                if (p < 0) {
                    return false;
                }
            } else if (first >= 0) {
                while (p < end && ch(p) != first) {
                    p++;
                }
                if (p >= end) {
                    return false;
                }
            } else if (setPc >= 0) {
                while (p < end && !inSet(setPc, ch(p))) {
                    p++;
                }
                if (p >= end) {
                    return false;
                }
            }
            if (p > last) {
                return false;
            }
            if (firstSingle && (p >= end || !single(pc, ch(p)))) {
                mustAdvance = false;
                if (anchored) {
                    return false;
                }
                continue;
            }
            reset();
            attemptStart = p;
            int r = run(pc, p, true);
            mustAdvance = false;
            if (r >= 0) {
                matchStart = p;
                matchEnd = r;
                return true;
            }
            if (anchored) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSingle(int op) {
        switch (op) {
            case LITERAL:
            case NOT_LITERAL:
            case LITERAL_IGNORE:
            case NOT_LITERAL_IGNORE:
            case LITERAL_UNI_IGNORE:
            case NOT_LITERAL_UNI_IGNORE:
            case LITERAL_LOC_IGNORE:
            case NOT_LITERAL_LOC_IGNORE:
            case IN:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
            case ANY:
            case ANY_ALL:
            case CATEGORY:
                return true;
            default:
                return false;
        }
    }

    // ---- the stack and the trail

    /** Pushes a choice point: its own words, then the state CPython's LASTMARK_SAVE/MARK_PUSH keep, then its kind. */
    private void push(int a, int b, int c, boolean pushMarks, int kind) {
        if (sp + 8 > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(64, stack.length * 2));
        }
        int[] s = stack;
        int i = sp;
        s[i++] = a;
        s[i++] = b;
        s[i++] = c;
        s[i++] = tp;
        s[i++] = lastMark;
        s[i++] = lastIndex;
        s[i++] = pushMarks ? 1 : 0;
        s[i++] = kind;
        sp = i;
    }

    /** Backtracks to the state a choice point saved: the four words from {@code at} (trail height, lastMark, lastIndex, restore marks). */
    private void restore(int at) {
        int[] s = stack;
        undo(s[at], s[at + 3] != 0);
        lastMark = s[at + 1];
        lastIndex = s[at + 2];
    }

    private void trailPush(int what, int old, Object ref) {
        if (tp + 2 > trail.length) {
            trail = Arrays.copyOf(trail, Math.max(32, trail.length * 2));
            trailRef = Arrays.copyOf(trailRef, trail.length / 2);
        }
        trailRef[tp >> 1] = ref;
        trail[tp] = what;
        trail[tp + 1] = old;
        tp += 2;
    }

    /**
     * Undoes the trail to {@code height}: the repeat contexts always, the marks only when
     * {@code marksToo}. Mark entries that are not undone stay on the trail (moved down to
     * {@code height}), because an enclosing choice point that does restore marks needs their old values.
     */
    private void undo(int height, boolean marksToo) {
        int[] t = trail;
        Object[] refs = trailRef;
        for (int k = tp - 2; k >= height; k -= 2) {
            int what = t[k];
            if (what >= 0) {
                if (marksToo) {
                    marks[what] = t[k + 1];
                }
                continue;
            }
            Object ref = refs[k >> 1];
            switch (what) {
                case T_REPCOUNT:
                    ((Rep) ref).count = t[k + 1];
                    break;
                case T_REPLAST:
                    ((Rep) ref).lastPtr = t[k + 1];
                    break;
                default: // T_CURREP
                    rep = (Rep) ref;
                    break;
            }
        }
        int w = height;
        if (!marksToo) {
            for (int k = height; k < tp; k += 2) {
                if (t[k] >= 0) {
                    t[w] = t[k];
                    t[w + 1] = t[k + 1];
                    refs[w >> 1] = null;
                    w += 2;
                }
            }
        }
        for (int k = w; k < tp; k += 2) {
            refs[k >> 1] = null;
        }
        tp = w;
    }

    /** Start of group {@code g + 1} of the match, or -1 when it did not take part (or its marks are out of order). */
    int groupStart(int g) {
        return 2 * g + 1 <= lastMark && marks[2 * g] >= 0 && marks[2 * g + 1] >= 0 ? marks[2 * g] : -1;
    }

    int groupEnd(int g) {
        return 2 * g + 1 <= lastMark && marks[2 * g] >= 0 && marks[2 * g + 1] >= 0 ? marks[2 * g + 1] : -1;
    }

    private void setMark(int i, int v) {
        if (i >= marks.length) {
            throw internalError();
        }
        trailPush(i, marks[i], null);
        marks[i] = v;
    }

    private void setRep(Rep r) {
        trailPush(T_CURREP, 0, rep);
        rep = r;
    }

    private void setRepCount(Rep r, int v) {
        trailPush(T_REPCOUNT, r.count, r);
        r.count = v;
    }

    private void setRepLast(Rep r, int v) {
        trailPush(T_REPLAST, r.lastPtr, r);
        r.lastPtr = v;
    }

    static org.jyston.api.object.PyException internalError() {
        return Errors.raise(Errors.RuntimeError, "internal error in regular expression engine");
    }

    // ---- the interpreter

    /**
     * Runs the program from {@code pc} at {@code ptr} until a SUCCESS is accepted, backtracking over
     * the choice points it makes itself. Returns the end position, or -1 (with every change it made
     * undone). {@code toplevel} is false for bodies matched on their own (lookarounds, atomic groups,
     * possessive repeats), whose SUCCESS ends just them.
     */
    private int run(int pc, int ptr, boolean toplevel) {
        final int[] code = this.code;
        final int base = sp;
        for (;;) {
            fail: {
                for (;;) {
                    switch (code[pc]) {
                        case FAILURE:
                            break fail;
                        case SUCCESS:
                            if (toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == attemptStart))) {
                                break fail;
                            }
                            sp = base;
                            return ptr;
                        case ANY:
                            if (ptr >= end || ch(ptr) == '\n') {
                                break fail;
                            }
                            ptr++;
                            pc++;
                            continue;
                        case ANY_ALL:
                            if (ptr >= end) {
                                break fail;
                            }
                            ptr++;
                            pc++;
                            continue;
                        case LITERAL:
                            if (ptr >= end || ch(ptr) != code[pc + 1]) {
                                break fail;
                            }
                            ptr++;
                            pc += 2;
                            continue;
                        case NOT_LITERAL:
                            if (ptr >= end || ch(ptr) == code[pc + 1]) {
                                break fail;
                            }
                            ptr++;
                            pc += 2;
                            continue;
                        case LITERAL_IGNORE:
                        case NOT_LITERAL_IGNORE:
                        case LITERAL_UNI_IGNORE:
                        case NOT_LITERAL_UNI_IGNORE:
                        case LITERAL_LOC_IGNORE:
                        case NOT_LITERAL_LOC_IGNORE:
                        case IN:
                        case IN_IGNORE:
                        case IN_UNI_IGNORE:
                        case IN_LOC_IGNORE:
                        case CATEGORY:
                            if (ptr >= end || !single(pc, ch(ptr))) {
                                break fail;
                            }
                            ptr++;
                            pc = next(pc);
                            continue;
                        case AT:
                            if (!at(code[pc + 1], ptr)) {
                                break fail;
                            }
                            pc += 2;
                            continue;
                        case INFO: {
                            int min = code[pc + 3];
                            if (min != 0 && end - ptr >= 0 && end - ptr < Codes.count(min)) {
                                break fail;
                            }
                            pc += code[pc + 1] + 1;
                            continue;
                        }
                        case MARK: {
                            int i = code[pc + 1];
                            if ((i & 1) != 0) {
                                lastIndex = i / 2 + 1;
                            }
                            if (i > lastMark) {
                                // marks between the last one set and this one are unset (CPython's rule)
                                for (int j = lastMark + 1; j < i && j < marks.length; j++) {
                                    marks[j] = -1;
                                }
                                lastMark = i;
                            }
                            setMark(i, ptr);
                            pc += 2;
                            continue;
                        }
                        case JUMP:
                            pc += code[pc + 1] + 1;
                            continue;
                        case BRANCH: {
                            int next = enterBranch(pc + 1, ptr);
                            if (next < 0) {
                                break fail;
                            }
                            pc = next;
                            continue;
                        }
                        case REPEAT_ONE: {
                            int min = Codes.count(code[pc + 2]);
                            if (min > end - ptr) {
                                break fail;
                            }
                            int n = countItems(pc + 4, ptr, Codes.count(code[pc + 3]));
                            if (n < min) {
                                break fail;
                            }
                            ptr += n;
                            int tail = pc + code[pc + 1] + 1;
                            if (code[tail] == LITERAL) {
                                // only positions followed by the literal can succeed
                                int c = code[tail + 1];
                                while (n >= min && (ptr >= end || ch(ptr) != c)) {
                                    ptr--;
                                    n--;
                                }
                                if (n < min) {
                                    break fail;
                                }
                            }
                            if (n > min) {
                                push(pc, ptr, n, rep != null, K_REPEAT_ONE);
                            }
                            pc = tail;
                            continue;
                        }
                        case MIN_REPEAT_ONE: {
                            int min = Codes.count(code[pc + 2]);
                            if (min > end - ptr) {
                                break fail;
                            }
                            int n = 0;
                            if (min > 0) {
                                n = countItems(pc + 4, ptr, min);
                                if (n < min) {
                                    break fail;
                                }
                                ptr += n;
                            }
                            if (n < Codes.count(code[pc + 3])) {
                                push(pc, ptr, n, rep != null, K_MIN_REPEAT_ONE);
                            }
                            pc += code[pc + 1] + 1;
                            continue;
                        }
                        case POSSESSIVE_REPEAT_ONE: {
                            int min = Codes.count(code[pc + 2]);
                            if (min > end - ptr) {
                                break fail;
                            }
                            int n = countItems(pc + 4, ptr, Codes.count(code[pc + 3]));
                            if (n < min) {
                                break fail;
                            }
                            ptr += n;
                            pc += code[pc + 1] + 1;
                            continue;
                        }
                        case REPEAT:
                            setRep(new Rep(pc, rep));
                            pc += code[pc + 1] + 1;
                            continue;
                        case MAX_UNTIL: {
                            Rep r = rep;
                            if (r == null) {
                                throw internalError();
                            }
                            int n = r.count + 1;
                            if (n < Codes.count(code[r.pc + 2])) {
                                setRepCount(r, n);
                                pc = r.pc + 4;
                                continue;
                            }
                            if (n < Codes.count(code[r.pc + 3]) && ptr != r.lastPtr) {
                                // another iteration first; the tail if that fails
                                push(pc, ptr, 0, true, K_MAX_UNTIL_TAIL);
                                setRepCount(r, n);
                                setRepLast(r, ptr);
                                pc = r.pc + 4;
                                continue;
                            }
                            setRep(r.prev);
                            pc++;
                            continue;
                        }
                        case MIN_UNTIL: {
                            Rep r = rep;
                            if (r == null) {
                                throw internalError();
                            }
                            int n = r.count + 1;
                            if (n < Codes.count(code[r.pc + 2])) {
                                setRepCount(r, n);
                                pc = r.pc + 4;
                                continue;
                            }
                            // the tail first; another iteration if that fails
                            push(pc, ptr, n, r.prev != null, K_MIN_UNTIL_BODY);
                            setRep(r.prev);
                            pc++;
                            continue;
                        }
                        case GROUPREF:
                        case GROUPREF_IGNORE:
                        case GROUPREF_UNI_IGNORE:
                        case GROUPREF_LOC_IGNORE: {
                            int r = groupRef(code[pc], code[pc + 1], ptr);
                            if (r < 0) {
                                break fail;
                            }
                            ptr = r;
                            pc += 2;
                            continue;
                        }
                        case GROUPREF_EXISTS: {
                            int g = code[pc + 1];
                            if (groupMatched(g)) {
                                pc += 3;
                            } else {
                                pc += code[pc + 2] + 1;
                            }
                            continue;
                        }
                        case ASSERT: {
                            int back = Codes.count(code[pc + 2]);
                            if (ptr < back || run(pc + 3, ptr - back, false) < 0) {
                                break fail;
                            }
                            pc += code[pc + 1] + 1;
                            continue;
                        }
                        case ASSERT_NOT: {
                            int back = Codes.count(code[pc + 2]);
                            if (ptr >= back) {
                                int h = tp;
                                int lm = lastMark;
                                int li = lastIndex;
                                boolean pushed = rep != null;
                                if (run(pc + 3, ptr - back, false) >= 0) {
                                    break fail;
                                }
                                undo(h, pushed);
                                lastMark = lm;
                                lastIndex = li;
                            }
                            pc += code[pc + 1] + 1;
                            continue;
                        }
                        case ATOMIC_GROUP: {
                            int r = run(pc + 2, ptr, false);
                            if (r < 0) {
                                break fail;
                            }
                            ptr = r;
                            pc += code[pc + 1] + 1;
                            continue;
                        }
                        case POSSESSIVE_REPEAT: {
                            int min = Codes.count(code[pc + 2]);
                            int max = Codes.count(code[pc + 3]);
                            int n = 0;
                            boolean failed = false;
                            while (n < min) {
                                int r = run(pc + 4, ptr, false);
                                if (r < 0) {
                                    failed = true;
                                    break;
                                }
                                ptr = r;
                                n++;
                            }
                            if (failed) {
                                break fail;
                            }
                            int before = -1;
                            while (n < max && ptr != before) {
                                before = ptr;
                                int h = tp;
                                int lm = lastMark;
                                int li = lastIndex;
                                int r = run(pc + 4, ptr, false);
                                if (r < 0) {
                                    undo(h, true);
                                    lastMark = lm;
                                    lastIndex = li;
                                    break;
                                }
                                ptr = r;
                                n++;
                            }
                            pc += code[pc + 1] + 2; // past the SUCCESS that ends the body
                            continue;
                        }
                        default:
                            throw internalError();
                    }
                }
            }
            // backtrack to the latest choice point of this run that still has something to try
            backtrack:
            for (;;) {
                if (sp == base) {
                    return -1; // what the failed paths changed is undone by the caller's own backtracking
                }
                int[] s = stack;
                int f = sp - FRAME;
                switch (s[sp - 1]) {
                    case K_BRANCH: {
                        sp = f;
                        restore(f + 3);
                        ptr = s[f + 1];
                        int next = enterBranch(s[f], ptr);
                        if (next < 0) {
                            continue backtrack;
                        }
                        pc = next;
                        break backtrack;
                    }
                    case K_REPEAT_ONE: {
                        restore(f + 3);
                        int op = s[f];
                        int p = s[f + 1] - 1;
                        int n = s[f + 2] - 1;
                        int min = Codes.count(code[op + 2]);
                        int tail = op + code[op + 1] + 1;
                        if (code[tail] == LITERAL) {
                            int c = code[tail + 1];
                            while (n >= min && (p >= end || ch(p) != c)) {
                                p--;
                                n--;
                            }
                        }
                        if (n < min) {
                            sp = f;
                            continue backtrack;
                        }
                        if (n > min) {
                            s[f + 1] = p;
                            s[f + 2] = n;
                        } else {
                            sp = f;
                        }
                        ptr = p;
                        pc = tail;
                        break backtrack;
                    }
                    case K_MIN_REPEAT_ONE: {
                        restore(f + 3);
                        int op = s[f];
                        int p = s[f + 1];
                        int n = s[f + 2];
                        if (p >= end || !singleAt(op + 4, p)) {
                            sp = f;
                            continue backtrack;
                        }
                        p++;
                        n++;
                        if (n < Codes.count(code[op + 3])) {
                            s[f + 1] = p;
                            s[f + 2] = n;
                        } else {
                            sp = f;
                        }
                        ptr = p;
                        pc = op + code[op + 1] + 1;
                        break backtrack;
                    }
                    case K_MAX_UNTIL_TAIL: {
                        sp = f;
                        restore(f + 3);
                        setRep(rep.prev);
                        ptr = s[f + 1];
                        pc = s[f] + 1;
                        break backtrack;
                    }
                    case K_MIN_UNTIL_BODY: {
                        sp = f;
                        restore(f + 3);
                        Rep r = rep;
                        int n = s[f + 2];
                        ptr = s[f + 1];
                        if (n >= Codes.count(code[r.pc + 3]) || ptr == r.lastPtr) {
                            continue backtrack;
                        }
                        setRepCount(r, n);
                        setRepLast(r, ptr);
                        pc = r.pc + 4;
                        break backtrack;
                    }
                    default:
                        throw internalError();
                }
            }
        }
    }

    /**
     * Enters the first alternative of a BRANCH, from the skip word at {@code alt}, that can start
     * here, leaving a choice point for the ones after it. Returns its first opcode, or -1 if none is left.
     */
    private int enterBranch(int alt, int ptr) {
        final int[] code = this.code;
        while (code[alt] != 0) {
            int body = alt + 1;
            int next = alt + code[alt];
            // an alternative starting with a literal that is not here cannot match
            if (code[body] == LITERAL && (ptr >= end || ch(ptr) != code[body + 1])) {
                alt = next;
                continue;
            }
            if (code[next] != 0) {
                push(next, ptr, 0, rep != null, K_BRANCH);
            }
            return body;
        }
        return -1;
    }

    /** The opcode after a single-character opcode at {@code pc}. */
    private int next(int pc) {
        switch (code[pc]) {
            case IN:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
                return pc + code[pc + 1] + 1;
            case ANY:
            case ANY_ALL:
                return pc + 1;
            default:
                return pc + 2;
        }
    }

    private boolean singleAt(int pc, int p) {
        return single(pc, ch(p));
    }

    /** Whether the single-character opcode at {@code pc} accepts {@code c}. */
    private boolean single(int pc, int c) {
        final int[] code = this.code;
        switch (code[pc]) {
            case ANY:
                return c != '\n';
            case ANY_ALL:
                return true;
            case LITERAL:
                return c == code[pc + 1];
            case NOT_LITERAL:
                return c != code[pc + 1];
            case LITERAL_IGNORE:
                return Chars.asciiLower(c) == code[pc + 1];
            case NOT_LITERAL_IGNORE:
                return Chars.asciiLower(c) != code[pc + 1];
            case LITERAL_UNI_IGNORE:
                return Chars.uniLower(c) == code[pc + 1];
            case NOT_LITERAL_UNI_IGNORE:
                return Chars.uniLower(c) != code[pc + 1];
            case LITERAL_LOC_IGNORE:
                return locIgnore(code[pc + 1], c);
            case NOT_LITERAL_LOC_IGNORE:
                return !locIgnore(code[pc + 1], c);
            case IN:
                return inSet(pc + 2, c);
            case IN_IGNORE:
                return inSet(pc + 2, Chars.asciiLower(c));
            case IN_UNI_IGNORE:
                return inSet(pc + 2, Chars.uniLower(c));
            case IN_LOC_IGNORE: {
                int lo = Chars.localeLower(c);
                if (inSet(pc + 2, lo)) {
                    return true;
                }
                int up = Chars.localeUpper(c);
                return up != lo && inSet(pc + 2, up);
            }
            case CATEGORY:
                return category(code[pc + 1], c);
            default:
                throw internalError();
        }
    }

    private static boolean locIgnore(int pattern, int c) {
        return c == pattern || Chars.localeLower(c) == pattern || Chars.localeUpper(c) == pattern;
    }

    /** How many characters from {@code ptr} (at most {@code max}) the single-character item at {@code pc} accepts. */
    private int countItems(int pc, int ptr, int max) {
        int limit = end - ptr;
        if (limit > max) {
            limit = max;
        }
        if (limit <= 0) {
            return 0;
        }
        int stop = ptr + limit;
        int i = ptr;
        final int[] code = this.code;
        switch (code[pc]) {
            case ANY_ALL:
                return limit;
            case ANY:
                while (i < stop && ch(i) != '\n') {
                    i++;
                }
                return i - ptr;
            case LITERAL: {
                int c = code[pc + 1];
                while (i < stop && ch(i) == c) {
                    i++;
                }
                return i - ptr;
            }
            case NOT_LITERAL: {
                int c = code[pc + 1];
                while (i < stop && ch(i) != c) {
                    i++;
                }
                return i - ptr;
            }
            case IN:
                while (i < stop && inSet(pc + 2, ch(i))) {
                    i++;
                }
                return i - ptr;
            case LITERAL_IGNORE:
            case NOT_LITERAL_IGNORE:
            case LITERAL_UNI_IGNORE:
            case NOT_LITERAL_UNI_IGNORE:
            case LITERAL_LOC_IGNORE:
            case NOT_LITERAL_LOC_IGNORE:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
            case CATEGORY:
                while (i < stop && single(pc, ch(i))) {
                    i++;
                }
                return i - ptr;
            default:
                // not a single-character item (re._compiler never emits one): match it as a body
                while (i < stop) {
                    int r = run(pc, i, false);
                    if (r < 0 || r == i) {
                        break;
                    }
                    i = r;
                }
                return Math.min(i, stop) - ptr;
        }
    }

    /** A character-set program (the body of IN): LITERAL, RANGE, CHARSET, BIGCHARSET, CATEGORY, NEGATE until FAILURE. */
    private boolean inSet(int p, int c) {
        final int[] code = this.code;
        boolean ok = true;
        for (;;) {
            switch (code[p]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (c == code[p + 1]) {
                        return ok;
                    }
                    p += 2;
                    break;
                case CATEGORY:
                    if (category(code[p + 1], c)) {
                        return ok;
                    }
                    p += 2;
                    break;
                case CHARSET:
                    if (c < 256 && (code[p + 1 + (c >> 5)] & (1 << (c & 31))) != 0) {
                        return ok;
                    }
                    p += 9;
                    break;
                case RANGE:
                    if (code[p + 1] <= c && c <= code[p + 2]) {
                        return ok;
                    }
                    p += 3;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (code[p + 1] <= c && c <= code[p + 2]) {
                        return ok;
                    }
                    int u = Chars.uniUpper(c);
                    if (code[p + 1] <= u && u <= code[p + 2]) {
                        return ok;
                    }
                    p += 3;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    p++;
                    break;
                case BIGCHARSET: {
                    int blocks = code[p + 1];
                    if (c < 0x10000) {
                        int block = (code[p + 2 + (c >> 10)] >>> (((c >> 8) & 3) * 8)) & 0xff;
                        if ((code[p + 2 + 64 + block * 8 + ((c & 255) >> 5)] & (1 << (c & 31))) != 0) {
                            return ok;
                        }
                    }
                    p += 2 + 64 + blocks * 8;
                    break;
                }
                default:
                    throw internalError();
            }
        }
    }

    private static boolean category(int cat, int c) {
        switch (cat) {
            case CAT_DIGIT:
                return Chars.asciiDigit(c);
            case CAT_NOT_DIGIT:
                return !Chars.asciiDigit(c);
            case CAT_SPACE:
                return Chars.asciiSpace(c);
            case CAT_NOT_SPACE:
                return !Chars.asciiSpace(c);
            case CAT_WORD:
                return Chars.asciiWord(c);
            case CAT_NOT_WORD:
                return !Chars.asciiWord(c);
            case CAT_LINEBREAK:
                return c == '\n';
            case CAT_NOT_LINEBREAK:
                return c != '\n';
            case CAT_LOC_WORD:
                return Chars.localeWord(c);
            case CAT_LOC_NOT_WORD:
                return !Chars.localeWord(c);
            case CAT_UNI_DIGIT:
                return Chars.uniDigit(c);
            case CAT_UNI_NOT_DIGIT:
                return !Chars.uniDigit(c);
            case CAT_UNI_SPACE:
                return Chars.uniSpace(c);
            case CAT_UNI_NOT_SPACE:
                return !Chars.uniSpace(c);
            case CAT_UNI_WORD:
                return Chars.uniWord(c);
            case CAT_UNI_NOT_WORD:
                return !Chars.uniWord(c);
            case CAT_UNI_LINEBREAK:
                return Chars.uniLinebreak(c);
            case CAT_UNI_NOT_LINEBREAK:
                return !Chars.uniLinebreak(c);
            default:
                throw internalError();
        }
    }

    private boolean at(int atCode, int ptr) {
        switch (atCode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || ch(ptr - 1) == '\n';
            case AT_END:
                return ptr == end || (ptr + 1 == end && ch(ptr) == '\n');
            case AT_END_LINE:
                return ptr == end || (ptr < subject.length && ch(ptr) == '\n');
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = ptr > 0 && word(atCode, ch(ptr - 1));
                boolean here = ptr < end && word(atCode, ch(ptr));
                boolean boundary = atCode == AT_BOUNDARY || atCode == AT_LOC_BOUNDARY || atCode == AT_UNI_BOUNDARY;
                return boundary ? before != here : before == here;
            }
            default:
                throw internalError();
        }
    }

    private static boolean word(int atCode, int c) {
        if (atCode == AT_UNI_BOUNDARY || atCode == AT_UNI_NON_BOUNDARY) {
            return Chars.uniWord(c);
        }
        if (atCode == AT_LOC_BOUNDARY || atCode == AT_LOC_NON_BOUNDARY) {
            return Chars.localeWord(c);
        }
        return Chars.asciiWord(c);
    }

    private boolean groupMatched(int g) {
        if (g < 0 || 2 * g + 1 > lastMark) {
            return false;
        }
        int s = marks[2 * g];
        int e = marks[2 * g + 1];
        return s >= 0 && e >= 0 && e >= s;
    }

    /** A back reference to group {@code g} at {@code ptr}: the position after it, or -1. */
    private int groupRef(int op, int g, int ptr) {
        if (!groupMatched(g)) {
            return -1;
        }
        int s = marks[2 * g];
        int len = marks[2 * g + 1] - s;
        if (len > end - ptr) {
            return -1;
        }
        for (int k = 0; k < len; k++) {
            int a = ch(ptr + k);
            int b = ch(s + k);
            switch (op) {
                case GROUPREF:
                    break;
                case GROUPREF_IGNORE:
                    a = Chars.asciiLower(a);
                    b = Chars.asciiLower(b);
                    break;
                case GROUPREF_UNI_IGNORE:
                    a = Chars.uniLower(a);
                    b = Chars.uniLower(b);
                    break;
                default:
                    a = Chars.localeLower(a);
                    b = Chars.localeLower(b);
                    break;
            }
            if (a != b) {
                return -1;
            }
        }
        return ptr + len;
    }
}
