# sys.exit() with no argument and a caught-then-reraised SystemExit exit with status 0
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, repr(e), e.args)
try:
    exit_obj = SystemExit(None)
    print(exit_obj.code)
finally:
    pass
def f():
    sys.exit()
try:
    f()
except BaseException as e:
    print(type(e).__name__, e.code)
sys.exit(None)
