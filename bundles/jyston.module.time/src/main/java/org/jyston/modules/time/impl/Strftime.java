package org.jyston.modules.time.impl;

/**
 * C's {@code strftime} in the C locale, as glibc formats: the directives, the flags {@code - _ 0
 * ^ #}, a field width, and the {@code E}/{@code O} modifiers (which the C locale ignores). An
 * unknown directive is copied as it stands. Works on the fields of a C {@code struct tm}.
 */
final class Strftime {
    private Strftime() {}

    /** The fields of a C struct tm, already checked: tm_year is the full year, tm_mon 0-11, tm_wday 0 = Sunday. */
    record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone,
            long gmtoff, long epoch) {}

    static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static String format(String fmt, Tm tm) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            char pad = 0;
            boolean upper = false;
            boolean swap = false;
            i++;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-' || f == '_' || f == '0') {
                    pad = f;
                } else if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swap = true;
                } else {
                    break;
                }
            }
            int width = -1;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width = (width < 0 ? 0 : width * 10) + (fmt.charAt(i) - '0');
                i++;
            }
            while (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                // A lone '%' (with flags) at the end is copied, padded to the width.
                String spec = fmt.substring(start);
                out.append(" ".repeat(Math.max(0, width - spec.length()))).append(spec);
                break;
            }
            char d = fmt.charAt(i);
            String text = directive(d, tm, pad, width, upper, swap);
            if (text == null) {
                out.append(fmt, start, i + 1); // unknown: as written
            } else {
                out.append(text);
            }
        }
        return out.toString();
    }

    private static String directive(char d, Tm tm, char pad, int width, boolean upper, boolean swap) {
        switch (d) {
            case 'a':
                return text(DAYS[tm.wday()].substring(0, 3), pad, width, upper || swap);
            case 'A':
                return text(DAYS[tm.wday()], pad, width, upper || swap);
            case 'b':
            case 'h':
                return text(MONTHS[tm.mon()].substring(0, 3), pad, width, upper || swap);
            case 'B':
                return text(MONTHS[tm.mon()], pad, width, upper || swap);
            case 'c':
                return text(format("%a %b %e %H:%M:%S %Y", tm), pad, width, upper);
            case 'C':
                return number(Math.floorDiv(tm.year(), 100), 2, '0', pad, width);
            case 'd':
                return number(tm.mday(), 2, '0', pad, width);
            case 'D':
            case 'x':
                return text(format("%m/%d/%y", tm), pad, width, upper);
            case 'e':
                return number(tm.mday(), 2, '_', pad, width);
            case 'F':
                return text(format("%Y-%m-%d", tm), pad, width, upper);
            case 'g':
                return number(Math.floorMod(isoYear(tm), 100), 2, '0', pad, width);
            case 'G':
                return number(isoYear(tm), 1, '0', pad, width);
            case 'H':
                return number(tm.hour(), 2, '0', pad, width);
            case 'I':
                return number(hour12(tm), 2, '0', pad, width);
            case 'j':
                return number(tm.yday() + 1, 3, '0', pad, width);
            case 'k':
                return number(tm.hour(), 2, '_', pad, width);
            case 'l':
                return number(hour12(tm), 2, '_', pad, width);
            case 'm':
                return number(tm.mon() + 1, 2, '0', pad, width);
            case 'M':
                return number(tm.min(), 2, '0', pad, width);
            case 'n':
                return text("\n", pad, width, false);
            case 'p':
                return text(tm.hour() < 12 ? (swap ? "am" : "AM") : (swap ? "pm" : "PM"), pad, width, upper);
            case 'P':
                return text(tm.hour() < 12 ? "am" : "pm", pad, width, upper);
            case 'r':
                return text(format("%I:%M:%S %p", tm), pad, width, upper);
            case 'R':
                return text(format("%H:%M", tm), pad, width, upper);
            case 's':
                return number(tm.epoch(), 1, '0', pad, width);
            case 'S':
                return number(tm.sec(), 2, '0', pad, width);
            case 't':
                return text("\t", pad, width, false);
            case 'T':
            case 'X':
                return text(format("%H:%M:%S", tm), pad, width, upper);
            case 'u':
                return number((tm.wday() + 6) % 7 + 1, 1, '0', pad, width);
            case 'U':
                return number((tm.yday() - tm.wday() + 7) / 7, 2, '0', pad, width);
            case 'V':
                return number(isoDays(tm)[1] / 7 + 1, 2, '0', pad, width);
            case 'w':
                return number(tm.wday(), 1, '0', pad, width);
            case 'W':
                return number((tm.yday() - (tm.wday() - 1 + 7) % 7 + 7) / 7, 2, '0', pad, width);
            case 'y':
                return number(Math.floorMod(tm.year(), 100), 2, '0', pad, width);
            case 'Y':
                return number(tm.year(), 1, '0', pad, width);
            case 'z': {
                if (tm.isdst() < 0) {
                    return ""; // glibc: no zone offset is known
                }
                long off = tm.gmtoff();
                String sign = off < 0 ? "-" : "+";
                off = Math.abs(off);
                long hhmm = off / 3600 * 100 + off / 60 % 60;
                String digits = String.format("%04d", hhmm);
                String s = sign + digits;
                return width > s.length() ? sign + "0".repeat(width - s.length()) + digits : s;
            }
            case 'Z':
                return text(tm.zone(), pad, width, upper);
            case '%':
                return text("%", pad, width, false);
            default:
                return null;
        }
    }

    private static int hour12(Tm tm) {
        int h = tm.hour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String text(String s, char pad, int width, boolean upper) {
        String t = upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
        if (width > t.length()) {
            return (pad == '0' ? "0" : " ").repeat(width - t.length()) + t;
        }
        return t;
    }

    /** A number padded as glibc pads: its default padding character and width, changed by the flags. */
    private static String number(long v, int digits, char dfltPad, char pad, int width) {
        boolean negative = v < 0;
        String s = Long.toString(Math.abs(v));
        char p = pad == 0 ? dfltPad : pad;
        int w = width >= 0 ? width : digits;
        if (p == '-' && width >= 0) {
            p = '_'; // glibc: '-' drops the default padding, but an explicit width still pads with spaces
        }
        if (p == '-') {
            return (negative ? "-" : "") + s;
        }
        int len = s.length() + (negative ? 1 : 0);
        if (len >= w) {
            return (negative ? "-" : "") + s;
        }
        if (p == '_') {
            return " ".repeat(w - len) + (negative ? "-" : "") + s;
        }
        return (negative ? "-" : "") + "0".repeat(w - len) + s;
    }

    private static boolean leap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** glibc's iso_week_days: days since the Monday starting the ISO week-numbering year. */
    private static int isoWeekDays(int yday, int wday) {
        int big = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + big) % 7 + 4 - 1;
    }

    /** {ISO year, days into it}. */
    private static long[] isoDaysAndYear(Tm tm) {
        long year = tm.year();
        int days = isoWeekDays(tm.yday(), tm.wday());
        if (days < 0) {
            year--;
            days = isoWeekDays(tm.yday() + (365 + (leap(year) ? 1 : 0)), tm.wday());
        } else {
            int dd = isoWeekDays(tm.yday() - (365 + (leap(year) ? 1 : 0)), tm.wday());
            if (dd >= 0) {
                year++;
                days = dd;
            }
        }
        return new long[] {year, days};
    }

    private static long isoYear(Tm tm) {
        return isoDaysAndYear(tm)[0];
    }

    private static int[] isoDays(Tm tm) {
        long[] r = isoDaysAndYear(tm);
        return new int[] {(int) r[0], (int) r[1]};
    }
}
