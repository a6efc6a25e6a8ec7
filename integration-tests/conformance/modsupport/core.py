from . import sub
from .sub import NAME as SUBNAME


def greet(n):
    return f"hello {n} from {__name__} ({sub.NAME}, {SUBNAME})"


print("core imported, package is", __package__)
