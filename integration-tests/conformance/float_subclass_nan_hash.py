# The hash of a NaN float is its object's identity hash, for an instance of a float subclass too
# (not the hash of the float inside it, nor a base class's __hash__ later in the MRO).
value = float('nan')
print(hash(value) == object.__hash__(value))


class H:
    def __hash__(self):
        return 42


class F(float, H):
    pass


v = F('nan')
print(hash(v) == object.__hash__(v), hash(v) != 42)
w = F('nan')
print(hash(v) == hash(w))
print(hash(F(1.5)) == hash(1.5), hash(F('inf')) == hash(float('inf')), hash(F(-0.0)))
print(len({F('nan'), F('nan')}))
