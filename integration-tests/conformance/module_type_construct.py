# creating modules by calling the module type: name and doc arguments, default attributes, repr
import sys
M = type(sys)
m = M("made", "the doc")
print(m.__name__, m.__doc__, repr(m), sorted(k for k in vars(m)), m.__dict__ is vars(m))
m2 = M("nodoc")
print(m2.__doc__, repr(m2))
try:
    M()
except TypeError as e:
    print(type(e).__name__, e)
