# overridden protocol methods on dict/list subclasses: dict(k)/{**k}/update use keys() when __iter__ is overridden; list() and unpacking call an overridden __iter__; truth uses an overridden __len__
class Keys(dict):
    def keys(self):
        print("keys() called")
        return super().keys()
    def __iter__(self):
        print("__iter__ called")
        return super().__iter__()
k = Keys(x=1)
print(dict(k), {**k}, list(k))
other = {}
other.update(k)
print(other)
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return super().__iter__()
    def __len__(self):
        return 100
l = L([1, 2])
print(list(l), len(l), sorted(l), [*l], tuple(l), bool(L()))
