# a __hash__ returning -1 is turned into -2 by hash(), as CPython reserves -1; big results are reduced modulo 2**61-1
class H:
    def __hash__(self):
        return -1
print(hash(H()), hash(-1), hash(-1.0), hash(-1 + 0j))
class Big:
    def __hash__(self):
        return 2**64 + 5
class NegBig:
    def __hash__(self):
        return -(2**64)
print(hash(Big()), hash(NegBig()))
