# sys.get/set_int_max_str_digits, int() through __trunc__, int() of bytes and bytearray subclasses.
import sys
print(sys.get_int_max_str_digits())
for a in [(5,), (), ('5',), (2**70,)]:
    try: sys.set_int_max_str_digits(*a)
    except Exception as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
try: int('1' * 701)
except ValueError as e: print(e)
try: str(10 ** 701)
except ValueError as e: print(e)
print(len(str(10 ** 699)))
sys.set_int_max_str_digits(0); print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
class T:
    def __trunc__(self): return 7
class T2:
    def __trunc__(self): return 7.5
class I:
    def __index__(self): return 3
class T3:
    def __trunc__(self): return I()
import warnings
warnings.simplefilter('ignore')
print(int(T()), int(T3()))
try: int(T2())
except TypeError as e: print(e)
class B(bytes): pass
class BA(bytearray): pass
print(int(B(b'12')), int(BA(b' 34 ')))
try: int(B(b'x1'))
except ValueError as e: print(e)
print(int(B(b'ff'), 16), int(BA(b'0x1f'), 0))
