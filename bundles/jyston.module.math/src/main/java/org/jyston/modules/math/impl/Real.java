package org.jyston.modules.math.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/**
 * The floating-point side of {@code math}: argument conversion as {@code PyFloat_AsDouble}, and
 * the functions whose results must agree with CPython's on glibc where Java's differ: glibc's
 * {@code cbrt} algorithm (not correctly rounded, and CPython shows it), CPython's own Lanczos
 * {@code gamma}/{@code lgamma}, the fdlibm formulas glibc uses for the hyperbolic functions (with
 * the JVM's {@code exp}, which agrees with glibc's far more often than fdlibm's), fdlibm's
 * {@code erf}/{@code erfc} evaluated in glibc's order, and correctly rounded {@code atan},
 * {@code asin}, {@code acos}, {@code atan2} and {@code log2} computed in decimal, as glibc's are (to
 * within a few inputs in ten thousand).
 */
final class Real {
    private Real() {}

    /** {@code PyFloat_AsDouble}: floats, ints (OverflowError past the double range), {@code __float__}, {@code __index__}. */
    static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return bigToDouble(b);
        }
        Object v = Derived.unwrap(o);
        if (v instanceof Double d) {
            return d;
        }
        PyType t = PyType.of(o);
        Slot.Unary f = t.unary(Slot.FLOAT);
        if (f != null && !(v instanceof Long) && !(v instanceof BigInteger)) {
            Object r = f.apply(o);
            Object rv = Derived.unwrap(r);
            if (rv instanceof Double d) {
                return d;
            }
            throw Errors.typeError(t.getName() + ".__float__ returned non-float (type " + Op.typeName(r) + ")");
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger b) {
            return bigToDouble(b);
        }
        if (t.unary(Slot.INDEX) != null) {
            Object i = Op.index(o);
            return i instanceof Long l ? l : bigToDouble((BigInteger) i);
        }
        throw Errors.typeError("must be real number, not " + Op.typeName(o));
    }

    static double bigToDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    // ---- cbrt as glibc computes it

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** A polynomial first guess on the mantissa, one Halley step, the exponent's third scaled back. */
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        int xe = exponent(Math.abs(x));
        double xm = Math.scalb(Math.abs(x), -xe);
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm))
                * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    /** The exponent {@code e} of {@code frexp}: {@code x = m * 2**e} with {@code 0.5 <= m < 1} (x finite, nonzero). */
    static int exponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            return Math.getExponent(x * 0x1p54) - 54 + 1; // subnormal
        }
        return e + 1;
    }

    // ---- hyperbolic functions (fdlibm's formulas, as glibc's)

    private static final double LN2 = 6.93147180559945286227e-01;

    static double cosh(double x) {
        double a = Math.abs(x);
        if (!Double.isFinite(x)) {
            return x * x;
        }
        if (a < 0.5 * LN2) {
            double t = Math.expm1(a);
            double w = 1 + t;
            if (a < 0x1p-55) {
                return w;
            }
            return 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) {
            return 0.5 * Math.exp(a);
        }
        if (a <= 710.4758600739439) {
            double w = Math.exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        if (a < 22) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(a);
            if (a < 1) {
                return h * (2.0 * t - t * t / (t + 1));
            }
            return h * (t + t / (t + 1));
        }
        if (a < 709.782712893384) {
            return h * Math.exp(a);
        }
        if (a <= 710.4758600739439) {
            double w = Math.exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return x * Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        double a = Math.abs(x);
        double z;
        if (a < 22) {
            if (a < 0x1p-55) {
                return x * (1 + x);
            }
            if (a >= 1) {
                double t = Math.expm1(2 * a);
                z = 1 - 2 / (t + 2);
            } else {
                double t = Math.expm1(-2 * a);
                z = -t / (t + 2);
            }
        } else {
            z = 1;
        }
        return x >= 0 ? z : -z;
    }

    static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double a = Math.abs(x);
        if (a < 0x1p-28) {
            return x;
        }
        double w;
        if (a > 0x1p28) {
            w = Math.log(a) + LN2;
        } else if (a > 2) {
            w = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0;
        }
        if (x > 2) {
            double t = x * x;
            return Math.log(2 * x - 1 / (x + Math.sqrt(t - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return x / 0.0;
        }
        if (a < 0x1p-28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1 - a));
        } else {
            t = 0.5 * Math.log1p((a + a) / (1 - a));
        }
        return Math.copySign(t, x);
    }

    // ---- gamma and lgamma: CPython's Lanczos approximation (its published coefficients)

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

    private static double lanczosSum(double x) {
        double num = 0;
        double den = 0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** {@code sin(pi*x)}, reducing the argument exactly first. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r;
        switch (n) {
            case 0: r = Math.sin(Math.PI * y); break;
            case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
            case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
            case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
            default: r = Math.sin(Math.PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /** Result kinds for the functions that report errors themselves (C's errno). */
    static final int OK = 0;
    static final int DOMAIN = 1;
    static final int RANGE = 2;

    /** Raises CPython's error for an errno-style result ({@code is_error}): small range errors are underflow, no error. */
    static double check(double r, int errno) {
        if (errno == DOMAIN) {
            throw Errors.valueError("math domain error");
        }
        if (errno == RANGE && Math.abs(r) >= 1.5) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            return check(Double.NaN, DOMAIN);
        }
        if (x == 0) {
            return check(Math.copySign(Double.POSITIVE_INFINITY, x), DOMAIN);
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                return check(Double.NaN, DOMAIN);
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            return Double.isInfinite(r) ? check(r, RANGE) : r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            return check(Double.POSITIVE_INFINITY, RANGE);
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double q;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return Double.isInfinite(r) ? check(r, RANGE) : r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                return check(Double.POSITIVE_INFINITY, DOMAIN);
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        return Double.isInfinite(r) ? check(r, RANGE) : r;
    }

    // ---- correctly rounded functions computed in decimal

    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI_DEC = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803");

    /** atan of a decimal, to about 40 digits: halve the argument until small, then the Taylor series. */
    private static BigDecimal atanDec(BigDecimal x) {
        int k = 0;
        BigDecimal tenth = new BigDecimal("0.05");
        while (x.abs().compareTo(tenth) > 0) {
            x = x.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(x.multiply(x, MC)).sqrt(MC)), MC);
            k++;
        }
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(45);
        for (int n = 1;; n += 2) {
            BigDecimal t = term.divide(BigDecimal.valueOf(n), MC);
            if (t.abs().compareTo(eps) < 0) {
                break;
            }
            sum = ((n >> 1) & 1) == 0 ? sum.add(t, MC) : sum.subtract(t, MC);
            term = term.multiply(x2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(1L << k), MC);
    }

    static double atan(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(Math.PI / 2, x);
        }
        double a = Math.abs(x);
        if (a < 1e-8) {
            return Math.atan(x); // x - x**3/3: the JVM's answer is exact enough here
        }
        if (a > 1e17) {
            return Math.copySign(Math.PI / 2, x);
        }
        return atanDec(new BigDecimal(x)).doubleValue();
    }

    static double asin(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1) {
            return Double.NaN;
        }
        if (x == 0 || a < 1e-8) {
            return Math.asin(x);
        }
        if (a == 1) {
            return Math.copySign(Math.PI / 2, x);
        }
        BigDecimal d = new BigDecimal(x);
        BigDecimal c = BigDecimal.ONE.subtract(d.multiply(d)).sqrt(MC);
        return atanDec(d.divide(c, MC)).doubleValue();
    }

    static double acos(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x == -1) {
            return Math.PI;
        }
        // acos(x) = 2 atan(sqrt((1 - x) / (1 + x))), exact in decimal for any x in (-1, 1)
        BigDecimal d = new BigDecimal(x);
        BigDecimal q = BigDecimal.ONE.subtract(d).divide(BigDecimal.ONE.add(d), MC).sqrt(MC);
        return atanDec(q).multiply(BigDecimal.valueOf(2)).doubleValue();
    }

    /** {@code atan2(y, x)} with C99's special values (CPython's m_atan2). */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0) {
            return Math.copySign(1.0, x) == 1.0 ? Math.copySign(0.0, y) : Math.copySign(Math.PI, y);
        }
        if (x == 0) {
            return Math.copySign(0.5 * Math.PI, y);
        }
        double ratio = Math.abs(y / x);
        if (ratio > 1e17 || ratio < 1e-300 || Double.isInfinite(ratio)) {
            return Math.atan2(y, x);
        }
        BigDecimal t = atanDec(new BigDecimal(y).divide(new BigDecimal(x), MC));
        if (x < 0) {
            t = y >= 0 ? t.add(PI_DEC, MC) : t.subtract(PI_DEC, MC);
        }
        return t.doubleValue();
    }

    // ---- erf and erfc: fdlibm's rational approximations, evaluated in the order glibc's code does

    // fdlibm's published coefficients
    private static final double erx=8.45062911510467529297e-01;
    private static final double efx=1.28379167095512586316e-01;
    private static final double efx8=1.02703333676410069053e+00;
    private static final double pp0=1.28379167095512558561e-01;
    private static final double pp1=-3.25042107247001499370e-01;
    private static final double pp2=-2.84817495755985104766e-02;
    private static final double pp3=-5.77027029648944159157e-03;
    private static final double pp4=-2.37630166566501626084e-05;
    private static final double qq1=3.97917223959155352819e-01;
    private static final double qq2=6.50222499887672944485e-02;
    private static final double qq3=5.08130628187576562776e-03;
    private static final double qq4=1.32494738004321644526e-04;
    private static final double qq5=-3.96022827877536812320e-06;
    private static final double pa0=-2.36211856075265944077e-03;
    private static final double pa1=4.14856118683748331666e-01;
    private static final double pa2=-3.72207876035701323847e-01;
    private static final double pa3=3.18346619901161753674e-01;
    private static final double pa4=-1.10894694282396677476e-01;
    private static final double pa5=3.54783043256182359371e-02;
    private static final double pa6=-2.16637559486879084300e-03;
    private static final double qa1=1.06420880400844228286e-01;
    private static final double qa2=5.40397917702171048937e-01;
    private static final double qa3=7.18286544141962662868e-02;
    private static final double qa4=1.26171219808761642112e-01;
    private static final double qa5=1.36370839120290507362e-02;
    private static final double qa6=1.19844998467991074170e-02;
    private static final double ra0=-9.86494403484714822705e-03;
    private static final double ra1=-6.93858572707181764372e-01;
    private static final double ra2=-1.05586262253232909814e+01;
    private static final double ra3=-6.23753324503260060396e+01;
    private static final double ra4=-1.62396669462573470355e+02;
    private static final double ra5=-1.84605092906711035994e+02;
    private static final double ra6=-8.12874355063065934246e+01;
    private static final double ra7=-9.81432934416914548592e+00;
    private static final double sa1=1.96512716674392571292e+01;
    private static final double sa2=1.37657754143519042600e+02;
    private static final double sa3=4.34565877475229228821e+02;
    private static final double sa4=6.45387271733267880336e+02;
    private static final double sa5=4.29008140027567833386e+02;
    private static final double sa6=1.08635005541779435134e+02;
    private static final double sa7=6.57024977031928170135e+00;
    private static final double sa8=-6.04244152148580987438e-02;
    private static final double rb0=-9.86494292470009928597e-03;
    private static final double rb1=-7.99283237680523006574e-01;
    private static final double rb2=-1.77579549177547519889e+01;
    private static final double rb3=-1.60636384855821916062e+02;
    private static final double rb4=-6.37566443368389627722e+02;
    private static final double rb5=-1.02509513161107724954e+03;
    private static final double rb6=-4.83519191608651397019e+02;
    private static final double sb1=3.03380607434824582924e+01;
    private static final double sb2=3.25792512996573918826e+02;
    private static final double sb3=1.53672958608443695994e+03;
    private static final double sb4=3.19985821950859553908e+03;
    private static final double sb5=2.55305040643316442583e+03;
    private static final double sb6=4.74528541206955367215e+02;
    private static final double sb7=-2.24409524465858183362e+01;

    /** {@code exp(-x*x) / x} times the tail's rational correction, for |x| >= 1.25 (with x's low word cut). */
    private static double tail(double ax) {
        double s = 1 / (ax * ax);
        double r;
        double q;
        if (ax < 1 / 0.35) {
            double r1 = ra0 + s * ra1;
            double s2 = s * s;
            double q1 = 1 + s * sa1;
            double s4 = s2 * s2;
            double r2 = ra2 + s * ra3;
            double s6 = s4 * s2;
            double q2 = sa2 + s * sa3;
            double s8 = s4 * s4;
            double r3 = ra4 + s * ra5;
            double q3 = sa4 + s * sa5;
            double r4 = ra6 + s * ra7;
            double q4 = sa6 + s * sa7;
            r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * sa8;
        } else {
            double r1 = rb0 + s * rb1;
            double s2 = s * s;
            double q1 = 1 + s * sb1;
            double s4 = s2 * s2;
            double r2 = rb2 + s * rb3;
            double s6 = s4 * s2;
            double q2 = sb2 + s * sb3;
            double r3 = rb4 + s * rb5;
            double q3 = sb4 + s * sb5;
            double q4 = sb6 + s * sb7;
            r = r1 + s2 * r2 + s4 * r3 + s6 * rb6;
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
        return Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + r / q);
    }

    /** {@code y} of erf(x) = x + x*y for |x| < 0.84375. */
    private static double small(double x) {
        double z = x * x;
        double r1 = pp0 + z * pp1;
        double z2 = z * z;
        double r2 = pp2 + z * pp3;
        double z4 = z2 * z2;
        double s1 = 1 + z * qq1;
        double s2 = qq2 + z * qq3;
        double s3 = qq4 + z * qq5;
        return (r1 + z2 * r2 + z4 * pp4) / (s1 + z2 * s2 + z4 * s3);
    }

    /** {@code P/Q} of erf(x) = erx + P/Q for 0.84375 <= |x| < 1.25. */
    private static double middle(double ax) {
        double s = ax - 1;
        double p1 = pa0 + s * pa1;
        double s2 = s * s;
        double q1 = 1 + s * qa1;
        double s4 = s2 * s2;
        double p2 = pa2 + s * pa3;
        double s6 = s4 * s2;
        double q2 = qa2 + s * qa3;
        double p3 = pa4 + s * pa5;
        double q3 = qa4 + s * qa5;
        return (p1 + s2 * p2 + s4 * p3 + s6 * pa6) / (q1 + s2 * q2 + s4 * q3 + s6 * qa6);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-28) {
                return ax < Double.MIN_NORMAL * 16 ? 0.125 * (8.0 * x + efx8 * x) : x + efx * x;
            }
            return x + x * small(x);
        }
        if (ax < 1.25) {
            return x >= 0 ? erx + middle(ax) : -erx - middle(ax);
        }
        if (ax >= 6) {
            return x >= 0 ? 1 : -1;
        }
        double r = tail(ax);
        return x >= 0 ? 1 - r / ax : r / ax - 1;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0 : 2;
        }
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-56) {
                return 1 - x;
            }
            double y = small(x);
            if (x < 0.25) {
                return 1 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ax < 1.25) {
            return x >= 0 ? (1 - erx) - middle(ax) : 1 + (erx + middle(ax));
        }
        if (ax < 28) {
            if (x < -6) {
                return 2;
            }
            double r = tail(ax);
            return x > 0 ? r / ax : 2 - r / ax;
        }
        return x > 0 ? 0 : 2;
    }

    // ---- log2 and log10

    private static final MathContext MC50 = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2_DEC = new BigDecimal(
            "0.69314718055994530941723212145817656807550013436025525412068000949339362196969471560586332699641868754");

    /** ln(m) for m near 1, as 2 atanh((m - 1) / (m + 1)) summed in decimal. */
    private static BigDecimal lnDec(BigDecimal m) {
        BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC50);
        BigDecimal s2 = s.multiply(s, MC50);
        BigDecimal term = s;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(52);
        for (int k = 1;; k += 2) {
            BigDecimal t = term.divide(BigDecimal.valueOf(k), MC50);
            sum = sum.add(t, MC50);
            if (t.abs().compareTo(eps) < 0) {
                break;
            }
            term = term.multiply(s2, MC50);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC50);
    }

    /** {@code log2(x)}, correctly rounded: the exponent plus ln(m)/ln 2 in decimal. */
    static double log2(double x) {
        if (Double.isNaN(x) || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        int e = exponent(x);
        double m = Math.scalb(x, -e); // [0.5, 1)
        if (m == 0.5) {
            return e - 1;
        }
        if (m < 0.7071067811865476) {
            m *= 2;
            e -= 1;
        }
        BigDecimal r = lnDec(new BigDecimal(m)).divide(LN2_DEC, MC50).add(BigDecimal.valueOf(e));
        return r.doubleValue();
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** {@code log10(x)} by fdlibm's formula (which glibc's follows) over the JVM's {@code log}. */
    static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int k = 0;
        if (hx < 0x00100000) {
            if (x == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (x < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
    }
}
