package org.jyston.modules.sre.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyNone;

/**
 * {@code _sre.SRE_Scanner}: successive matches along one subject ({@code finditer} is
 * {@code iter(scanner.search, None)}). After a match the next one starts where it ended; after an
 * empty match the next may start there too but must not be empty (the rule of Python 3.7+).
 */
final class ScannerObject {
    final PatternObject pattern;
    private final Object string;
    private final Subject subject;
    private final int pos;
    private final int endpos;
    /** Where the next attempt starts, or -1 once the scanner is exhausted. */
    private int next;
    private boolean mustAdvance;
    private boolean executing;

    ScannerObject(PatternObject pattern, Object string, long pos, long endpos) {
        this.pattern = pattern;
        this.string = string;
        this.subject = pattern.subject(string);
        Engine probe = new Engine(pattern.code, 0, subject, pos, endpos);
        this.pos = probe.start;
        this.endpos = probe.end;
        this.next = this.pos;
    }

    synchronized Object step(boolean search) {
        if (executing) {
            throw Errors.valueError("regular expression scanner already executing");
        }
        if (next < 0) {
            return PyNone.None;
        }
        executing = true;
        try {
            Engine e = pattern.engine(subject, pos, endpos);
            e.mustAdvance = mustAdvance;
            boolean found = search ? e.search(next) : e.match(next);
            if (!found) {
                next = -1;
                return PyNone.None;
            }
            MatchObject m = pattern.newMatch(e, string);
            mustAdvance = e.matchEnd == e.matchStart;
            next = e.matchEnd;
            return m;
        } finally {
            executing = false;
        }
    }
}
