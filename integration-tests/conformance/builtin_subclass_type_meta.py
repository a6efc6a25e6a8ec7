# type subclass (metaclass) overriding repr, len, getitem, iter, call for its classes
class Meta(type):
    def __repr__(cls):
        return "<meta " + cls.__name__ + ">"
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return ("meta-item", k)
    def __iter__(cls):
        return iter("ab")
    def __call__(cls, *a):
        return ("meta-call", a)
class K(metaclass=Meta):
    pass
print(repr(K), len(K), K[1], list(K), K(1, 2), str(K))
