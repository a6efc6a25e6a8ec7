# sys structured values: version_info fields, implementation, flags, float_info, int_info, hash_info, getsizeof
import sys
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel in ("final", "alpha", "beta", "candidate"), type(sys.version_info).__name__)
print(sys.implementation.name in ("cpython", "jyston"), type(sys.flags).__name__, sys.flags.optimize, sys.float_info.max == 1.7976931348623157e308)
print(sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus)
print(sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.width, callable(sys.getsizeof))
