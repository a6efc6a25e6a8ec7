# comparisons across int, bool, float, complex and non-numbers: equality always defined, ordering errors name both types
print(1 == 1.0, 1 == True, 1 == 1 + 0j, 2 == 2.0 + 0j, 0 == False == 0.0 == 0j, 1 != "1", 1 == [1], None == 0)
print(1 < 1.5 < 2, True < 2, False < 0.5, -1 < False, 10**30 > 1e29, 10**30 < 1e31)
for a, b in [(1, "1"), (1.5, None), ([], 1), (1j, 1), (1j, 2j), ("a", b"a"), ((), []), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([True, 0, 2.5, -1, False, 1]), max(True, 1, 1.0), min(0, False, 0.0), [1, 1.0, True].count(1))
print(1 in [1.0], 1.0 in {1}, True in {1: 0}, "1" in [1], 0 in [False], [0.0].index(0), (1, 2) == (1.0, 2.0))
print(float("nan") in [float("nan")], float("inf") == 10**400, -0.0 == 0, 0.1 + 0.2 > 0.3)
