# Generates ../resources/org/jyston/types/complex/impl/cases.tsv with CPython 3.11: python3 gen_complex_cases.py
# (The Java test rewrites imaginary literals such as 2j or 1.5e3j to complex(0, 2), which the shared evaluator reads.)
import os
import sys

# cases.py, shared by the bundles' case generators, lives in the testkit
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "jyston.testkit", "src", "main", "python"))
from cases import write

HERE = os.path.dirname(os.path.abspath(__file__))
inf = "float('inf')"
nan = "float('nan')"
cases = [
    # construction
    "complex()", "complex(1)", "complex(1, 2)", "complex(1.5, -2.5)", "complex(True)", "complex(1j)",
    "complex(1j, 1j)", "complex(1 + 2j, 3)", "complex(1, 2j)", "complex(real=1, imag=2)", "complex(imag=2)",
    "complex(x=1)", "complex(1, 2, 3)", "complex(1e400)", "complex(10 ** 400)", "complex([1])", "complex(1, [1])",
    "complex(None)", "complex('1', 2)", "complex(1, '2')", "complex(1, real=2)",
    "complex('1+2j')", "complex(' ( 1+2j ) ')", "complex('1_0+2_0j')", "complex('1__0')", "complex('j')",
    "complex('-j')", "complex('+j')", "complex('J')", "complex('+1.5e3-2.5E-3J')", "complex('inf-infj')",
    "complex('nan')", "complex('-nanj')", "complex('1+')", "complex('1+2')", "complex('')", "complex('(1')",
    "complex('1 +2j')", "complex('1j+2')", "complex('2.')", "complex('.5j')", "complex('1e5')", "complex('1e')",
    "complex('  3  ')", "complex('(3)')", "complex('()')", "complex('infinityj')", "complex('-Infinity+NaNj')",
    "complex('1-j')", "complex('1+J')", "complex('abc')", "complex('1+2jj')", "complex('_1')",
    # repr and str
    "1j", "2j", "0j", "-0j", "complex(0.0, -0.0)", "complex(-0.0, -1)", "complex(-0.0, 0.0)", "complex(1, 0)",
    "complex(" + nan + ", " + inf + ")", "complex(1e16, 1e-5)", "complex(0.1, 100.0)", "complex(1, -" + nan + ")",
    "complex(-" + inf + ", -" + inf + ")", "complex(1.5, 2.25)", "complex(1e300, -1e-300)", "str(1 + 2j)",
    "repr(-1j)", "complex(123456789012345678, 1)", "complex(0.1 + 0.2, 0)",
    # attributes and methods
    "(1 + 2j).real", "(1 + 2j).imag", "(1 + 2j).conjugate()", "(1j).__complex__()", "complex.conjugate(3j)",
    "complex.conjugate(1)", "(1j).conjugate(1)", "(1j).foo", "type(1j)", "(1+2j).__getnewargs__()",
    # arithmetic
    "(1 + 2j) + (3 - 4j)", "(1 + 2j) - (3 - 4j)", "(1 + 2j) * (3 - 4j)", "(1 + 2j) / (3 - 4j)", "1j * 1j",
    "(1 + 2j) + 1", "1 + (1 + 2j)", "(1 + 2j) + 1.5", "1.5 - 1j", "True + 1j", "(1 + 2j) * 2", "2 * (1 + 2j)",
    "(1 + 2j) / 2", "2 / (1 + 2j)", "(1 + 2j) / 0", "1 / 0j", "(1 + 2j) / 0.0", "0j / 0j", "1.5 / 0j",
    "(1 + 2j) * 1e308", "complex(" + inf + ", 0) * 2", "(1e308 + 1e308j) / (1e-308 + 1e-308j)",
    "(1 + 2j) / (1e300 + 1e300j)", "(3 + 4j) / (1e-300 + 0j)", "(1 + 1j) / (" + inf + " + 0j)",
    "(1 + 2j) // 1", "(1 + 2j) % 1", "(1 + 2j) + 'a'", "'a' + 1j", "[1] * 1j", "1j + None", "10 ** 400 + 1j",
    "(1 + 2j) - (1 << 70)", "-(1 + 2j)", "+(0j)", "-(0j)", "abs(3 + 4j)", "abs(complex(1e308, 1e308))",
    "abs(complex(" + inf + ", " + nan + "))", "abs(complex(" + nan + ", 1))", "abs(-0j)", "abs(complex(1e-320, 1e-320))",
    "bool(0j)", "bool(-0.0j)", "bool(1j)", "bool(complex(0, 1e-300))",
    # powers
    "(1 + 1j) ** 2", "(1 + 2j) ** 0.5", "(1 + 2j) ** 101", "(1 + 2j) ** 100", "(1 + 2j) ** -3", "(1 + 1j) ** True",
    "(2 + 0j) ** -1", "(1e-200j) ** 2", "2 ** (1 + 1j)", "0j ** -1", "0j ** 1j", "0j ** 0", "0j ** 0j", "0j ** 2",
    "0j ** 2.5", "complex(" + inf + ", 0) ** 2", "complex(1e200, 1e200) ** 2", "complex(1e200, 1e200) ** 2.5",
    "(1 + 2j) ** 1000", "1j ** 1j", "(-1 + 0j) ** 0.5", "(1 + 2j) ** (3 - 4j)", "(2 + 3j) ** 2.0", "(0.5 + 0.5j) ** -100",
    "1.5 ** (2 + 1j)", "(1 + 1j) ** (1 << 70)", "(1 + 1j) ** 'a'", "(3 + 0j) ** 0.0", "(1e10 + 1e10j) ** 40",
    # comparisons
    "(1 + 2j) == (1 + 2j)", "(1 + 2j) != (1 + 2j)", "1j == 1", "complex(1, 0) == 1", "complex(1, 0) == True",
    "complex(1, 0) == 1.0", "1.0 == complex(1, 0)", "1 == complex(1, 0)", "complex(2 ** 53 + 1, 0) == 2 ** 53 + 1",
    "complex(2 ** 53, 0) == 2 ** 53", "1j == 'a'", "1j != None", "complex(" + nan + ", 0) == complex(" + nan + ", 0)",
    "1j < 1j", "1j < 1", "1 < 1j", "1j >= 1.5", "-0j == 0j",
    # hashing
    "hash(complex(1, 0)) == hash(1)", "hash(complex(1.5, 0)) == hash(1.5)", "hash(complex(1, 2))",
    "hash(complex(-1, 0))", "hash(complex(0, -1))", "hash(complex(" + inf + ", -" + inf + "))", "hash(0j)",
    "hash(complex(2 ** 61, 0)) == hash(2 ** 61)", "hash(complex(-0.0, 0.0))", "hash(complex(0.5, 0.25))",
    "hash(complex(1e300, 1e-300))", "{1: 'a'}[complex(1, 0)]", "hash(complex(-2 ** 62, 3))",
]
write(os.path.join(HERE, '../resources/org/jyston/types/complex/impl/cases.tsv'), cases, 'gen_complex_cases.py')
