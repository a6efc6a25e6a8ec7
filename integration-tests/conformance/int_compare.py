# Comparisons: chains, mixed big and small ints, bool as int.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(2 ** 64 > 2 ** 63, 2 ** 64 == 2 ** 64, -(2 ** 70) < 5)
print(True + True, True * 10, False == 0, True == 1)
print(5 != 5, 5 != 6, 1 <= 1, 1 >= 2)
