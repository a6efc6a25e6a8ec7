# set order: starred displays merging sets, copies of sets with dummies, re-initialisation, pop sequences
a = set(range(0, 80, 8))
b = {5, 13, 21, 29}
print({*a, *b}, {*b, *a}, {0, *b}, {*a, 3, *b, 11}, {*range(3), *"", *[64, 32]})
c = set(range(20))
for i in range(0, 20, 3):
    c.discard(i)
print(c, c.copy(), set(c), frozenset(c), {*c})
c.__init__([40, 8, 16])
print(c)
d = set(range(100, 140))
print([d.pop() for _ in range(10)], d.pop(), len(d))
d.add(100); d.add(101)
print([d.pop() for _ in range(3)])
e = set()
for i in range(1, 200, 13):
    e.add(i * 1000003 % 4093)
    if i % 3 == 0:
        e.discard(i)
print(e)
print(set([(1, 2), (2, 1), (1, 1), (0, 5)]), set([1.5, 2.5, -0.5]), {x % 7 for x in range(0, 100, 3)})
print(set({9: 1, 1: 2, 17: 3}), set({9: 1, 1: 2, 17: 3}.items()), set(zip([1, 9], [17, 25])))
