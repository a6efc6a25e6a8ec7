# dict.setdefault hashes the key once and compares it once (issue 13521).
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)


hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
print(y.setdefault(hashed2, []), len(y))
print(hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)
print(y.setdefault(hashed1, 'x'), hashed1.hash_count)
