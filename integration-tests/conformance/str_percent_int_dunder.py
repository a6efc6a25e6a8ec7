# %d on an object with both __int__ and __index__ uses __int__ (CPython's PyNumber_Long), %f uses __float__
class S:
    def __str__(self):
        return "S.str"
    def __repr__(self):
        return "S.repr"
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __index__(self):
        return 8
print("%s %r %d %f %x" % (S(), S(), S(), S(), S()))
