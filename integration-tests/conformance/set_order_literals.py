# set displays of constants are frozenset constants in CPython (rebuilt once), which fixes their layout
print({10, 1, 2, 3}, {100, 5, 37}, {3, 11}, {3, 11, 19}, {19, 11, 3}, {0, 8, 16, 24, 32, 40})
x = 10
print({x, 1, 2, 3}, {x, 5, 37}, {1, x, 2, 3, 11, 19})
for v in {31, 7, 63}:
    print(v, end=" ")
print()
for v in {9, 1}:
    print(v, end=" ")
print()
print([v for v in {33, 1, 17, 9}], {v for v in {33, 1, 17, 9}}, list({-1, -9, 7, 15}))
print({(1, 2), (2, 1), (0, 0)}, {-1, -2, -3}, {1.5, 2.5, 3.5, 9.5}, {*range(5), 9, 17})
print({*[17, 9, 1]}, {1, 2, *(9, 17)}, set([17, 9, 1]))
