package org.jyston.modules.time.impl;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.StructSequence;
import org.jyston.api.object.TypeRef;

/**
 * The calendar half of {@code time}: {@code struct_time}, {@code gmtime}, {@code localtime},
 * {@code mktime}, {@code asctime}, {@code ctime}, {@code strftime}, {@code strptime} (through the
 * standard library's {@code _strptime}, as CPython's does) and the time zone facts. The local zone
 * is the JVM's default zone, which the JDK takes from {@code TZ} or {@code /etc/localtime} as the C
 * library does; {@code tzset()} cannot make the JVM re-read it, so it recomputes the same facts.
 */
final class Calendar {
    private Calendar() {}

    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    private static final TypeRef OS_ERROR = TypeRef.of("OSError");

    static void install(PyDict d) {
        StructSequence structTime = StructSequence.define("time", "struct_time", 9, FIELDS, null);
        d.put("struct_time", structTime.type());
        d.put("_STRUCT_TM_ITEMS", 11L);
        ZoneId zone = ZoneId.systemDefault();
        zoneFacts(d, zone);
        d.put("gmtime", fn("gmtime", (a, kw) -> {
            long secs = optionalSeconds("gmtime", a, kw);
            return structTime(structTime, secs, ZoneOffset.UTC, true);
        }));
        d.put("localtime", fn("localtime", (a, kw) -> {
            long secs = optionalSeconds("localtime", a, kw);
            return structTime(structTime, secs, ZoneId.systemDefault(), false);
        }));
        d.put("mktime", fn("mktime", (a, kw) -> {
            exactlyOne("mktime", a, kw);
            Strftime.Tm tm = tmArg(a[0], "mktime");
            return (double) mktime(tm);
        }));
        d.put("asctime", fn("asctime", (a, kw) -> {
            atMostOne("asctime", a, kw);
            Strftime.Tm tm = a.length == 0 || a[0] == PyNone.None ? now() : checked(tmArg(a[0], "asctime"));
            return asctime(tm);
        }));
        d.put("ctime", fn("ctime", (a, kw) -> {
            long secs = optionalSeconds("ctime", a, kw);
            return asctime(tm(secs, ZoneId.systemDefault(), false));
        }));
        d.put("strftime", fn("strftime", (a, kw) -> {
            noKw("strftime", kw);
            if (a.length < 1) {
                throw Errors.typeError("strftime() takes at least 1 argument (0 given)");
            }
            if (a.length > 2) {
                throw Errors.typeError("strftime() takes at most 2 arguments (" + a.length + " given)");
            }
            Object f = Derived.unwrap(a[0]);
            if (!(f instanceof String fmt)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + Op.typeName(a[0]));
            }
            if (fmt.indexOf('\0') >= 0) {
                throw Errors.valueError("embedded null character");
            }
            Strftime.Tm tm = a.length == 1 ? now() : checked(tmArg(a[1], "strftime"));
            return Strftime.format(fmt, tm);
        }));
        d.put("strptime", fn("strptime", (a, kw) -> {
            // CPython's time.strptime is _strptime._strptime_time from the standard library.
            Object module = importModule("_strptime");
            return Op.call(Op.getattr(module, "_strptime_time"), a, kw);
        }));
        d.put("tzset", fn("tzset", (a, kw) -> {
            noKw("tzset", kw);
            zoneFacts(d, ZoneId.systemDefault());
            return PyNone.None;
        }));
        d.put("CLOCK_REALTIME", 0L);
        d.put("CLOCK_MONOTONIC", 1L);
        d.put("CLOCK_MONOTONIC_RAW", 4L);
        d.put("CLOCK_PROCESS_CPUTIME_ID", 2L);
        d.put("CLOCK_THREAD_CPUTIME_ID", 3L);
        d.put("CLOCK_BOOTTIME", 7L);
        d.put("CLOCK_TAI", 11L);
    }

    private static PyBuiltinFunction fn(String name, PyBuiltinFunction.Body body) {
        return new PyBuiltinFunction(name, body);
    }

    static void noKw(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    private static void exactlyOne(String name, Object[] a, String[] kw) {
        noKw(name, kw);
        if (a.length != 1) {
            throw Errors.typeError("time." + name + "() takes exactly one argument (" + a.length + " given)");
        }
    }

    private static void atMostOne(String name, Object[] a, String[] kw) {
        noKw(name, kw);
        if (a.length > 1) {
            throw Errors.typeError(name + "() takes at most 1 argument (" + a.length + " given)");
        }
    }

    /** The optional seconds argument of gmtime/localtime/ctime: now when absent or None, else floored. */
    private static long optionalSeconds(String name, Object[] a, String[] kw) {
        atMostOne(name, a, kw);
        if (a.length == 0 || a[0] == PyNone.None) {
            return Math.floorDiv(TimeModule.epochNanos(), 1_000_000_000L);
        }
        return timeT(a[0]);
    }

    /** _PyTime_ObjectToTime_t with rounding toward minus infinity. */
    static long timeT(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof Double x) {
            if (Double.isNaN(x)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double f = Math.floor(x);
            if (!(f >= -9.223372036854776E18 && f < 9.223372036854776E18)) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            return (long) f;
        }
        Object i = Op.index(o);
        if (i instanceof BigInteger) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        return (Long) i;
    }

    static Strftime.Tm tm(long secs, ZoneId zone, boolean utc) {
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(secs).atZone(zone);
        } catch (DateTimeException | ArithmeticException e) {
            throw new PyException((PyBaseException) Op.call(OS_ERROR.get(), 75L, "Value too large for defined data type"));
        }
        int offset = t.getOffset().getTotalSeconds();
        boolean dst = !utc && zone.getRules().isDaylightSavings(t.toInstant());
        String name = utc ? "GMT" : zoneName(t);
        return new Strftime.Tm(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getDayOfWeek().getValue() % 7, t.getDayOfYear() - 1, dst ? 1 : 0, name, offset, secs);
    }

    /** The abbreviation the C library shows ("UTC", "CET"); "+03" where the zone has none. */
    private static String zoneName(ZonedDateTime t) {
        String s = DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
        if (s.startsWith("GMT+") || s.startsWith("GMT-")) {
            int off = t.getOffset().getTotalSeconds();
            int h = Math.abs(off) / 3600;
            int m = Math.abs(off) / 60 % 60;
            return (off < 0 ? "-" : "+") + String.format("%02d", h) + (m == 0 ? "" : String.format("%02d", m));
        }
        return s;
    }

    private static Object structTime(StructSequence type, long secs, ZoneId zone, boolean utc) {
        Strftime.Tm tm = tm(secs, zone, utc);
        return type.make(tm.year(), (long) tm.mon() + 1, (long) tm.mday(), (long) tm.hour(), (long) tm.min(),
                (long) tm.sec(), (long) ((tm.wday() + 6) % 7), (long) tm.yday() + 1, (long) tm.isdst(), tm.zone(),
                tm.gmtoff());
    }

    private static Strftime.Tm now() {
        return tm(Math.floorDiv(TimeModule.epochNanos(), 1_000_000_000L), ZoneId.systemDefault(), false);
    }

    /** CPython's gettmarg: a 9-tuple (or struct_time) of ints, in C's conventions. */
    private static Strftime.Tm tmArg(Object o, String fname) {
        if (!(o instanceof PyTuple t)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw Errors.typeError(fname + "(): illegal time tuple argument");
        }
        int[] v = new int[9];
        long year = 0;
        for (int i = 0; i < 9; i++) {
            Object x = Derived.unwrap(t.get(i));
            if (x instanceof Double) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            Object n = Op.index(t.get(i));
            long l = n instanceof Long ll ? ll : ((BigInteger) n).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
                throw Errors.overflow("signed integer is " + (l > 0 ? "greater than maximum" : "less than minimum"));
            }
            if (i == 0) {
                year = l;
            }
            v[i] = (int) l;
        }
        String zone = null;
        long gmtoff = 0;
        if (o instanceof Derived.Tuple s && PyType.of(o).getName().equals("struct_time")) {
            Object z = s.getDict().get("tm_zone");
            if (z instanceof String zs) {
                zone = zs;
            }
            Object g = s.getDict().get("tm_gmtoff");
            if (g instanceof Long gl) {
                gmtoff = gl;
            }
        }
        int isdst = v[8];
        if (zone == null) {
            zone = isdst < 0 ? "" : (String) ((PyTuple) tzname(ZoneId.systemDefault())).get(isdst > 0 ? 1 : 0);
        }
        Strftime.Tm tm = new Strftime.Tm(year, v[1] - 1, v[2], v[3], v[4], v[5], (v[6] + 1) % 7, v[7] - 1, isdst, zone,
                gmtoff, 0);
        return tm;
    }

    /** CPython's checktm, with its repairs of zero month, day and year day; and the epoch for %s. */
    private static Strftime.Tm checked(Strftime.Tm tm) {
        int mon = tm.mon();
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw Errors.valueError("month out of range");
        }
        int mday = tm.mday();
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (tm.hour() < 0 || tm.hour() > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (tm.min() < 0 || tm.min() > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (tm.sec() < 0 || tm.sec() > 61) {
            throw Errors.valueError("seconds out of range");
        }
        if (tm.wday() < 0) {
            throw Errors.valueError("day of week out of range");
        }
        int yday = tm.yday();
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw Errors.valueError("day of year out of range");
        }
        int isdst = Math.max(-1, Math.min(1, tm.isdst()));
        Strftime.Tm fixed = new Strftime.Tm(tm.year(), mon, mday, tm.hour(), tm.min(), tm.sec(), tm.wday(), yday,
                isdst, tm.zone(), tm.gmtoff(), 0);
        long epoch;
        try {
            epoch = mktime(fixed);
        } catch (PyException e) {
            epoch = -1;
        }
        return new Strftime.Tm(fixed.year(), mon, mday, fixed.hour(), fixed.min(), fixed.sec(), fixed.wday(), yday,
                isdst, fixed.zone(), fixed.gmtoff(), epoch);
    }

    /** C's mktime: the fields normalised (month 13 is January next year, ...) in the local zone. */
    static long mktime(Strftime.Tm tm) {
        try {
            LocalDateTime t = LocalDateTime.of((int) tm.year(), 1, 1, 0, 0).plusMonths(tm.mon()).plusDays(tm.mday() - 1L)
                    .plusHours(tm.hour()).plusMinutes(tm.min()).plusSeconds(tm.sec());
            return ZonedDateTime.ofLocal(t, ZoneId.systemDefault(), null).toEpochSecond();
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.overflow("mktime argument out of range");
        }
    }

    private static String asctime(Strftime.Tm tm) {
        return Strftime.DAYS[tm.wday()].substring(0, 3) + " " + Strftime.MONTHS[tm.mon()].substring(0, 3) + " "
                + String.format("%2d %02d:%02d:%02d %d", tm.mday(), tm.hour(), tm.min(), tm.sec(), tm.year());
    }

    /** timezone, altzone, daylight, tzname as CPython's init_timezone finds them (January and July of this year). */
    private static void zoneFacts(PyDict d, ZoneId zone) {
        final long year = (365 * 24 + 6) * 3600L;
        long t = Math.floorDiv(TimeModule.epochNanos(), 1_000_000_000L) / year * year;
        Strftime.Tm jan = tm(t, zone, false);
        Strftime.Tm jul = tm(t + year / 2, zone, false);
        long janzone = -jan.gmtoff();
        long julzone = -jul.gmtoff();
        if (janzone < julzone) { // DST is reversed in the southern hemisphere
            d.put("timezone", julzone);
            d.put("altzone", janzone);
            d.put("daylight", janzone != julzone ? 1L : 0L);
            d.put("tzname", PyTuple.of(jul.zone(), jan.zone()));
        } else {
            d.put("timezone", janzone);
            d.put("altzone", julzone);
            d.put("daylight", janzone != julzone ? 1L : 0L);
            d.put("tzname", PyTuple.of(jan.zone(), jul.zone()));
        }
    }

    private static Object tzname(ZoneId zone) {
        PyDict d = new PyDict();
        zoneFacts(d, zone);
        return d.get("tzname");
    }

    /** Imports a module by name through the running frame's {@code __import__}. */
    static Object importModule(String name) {
        var frame = PyThreadState.current().frame;
        Object imp = frame == null ? null : frame.builtins().get("__import__");
        if (imp == null) {
            throw Errors.raise(TypeRef.of("ImportError"), "__import__ not found");
        }
        return Op.call(imp, name);
    }

    static String displayName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }
}
