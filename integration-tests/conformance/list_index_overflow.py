# indexing and slicing with huge integers: OverflowError vs IndexError, slices clamp, repetition overflow
lst = [1, 2, 3]
for idx in [10**20, -(10**20), 2**63, 2**63 - 1]:
    try:
        lst[idx]
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(lst[10**20:], lst[-(10**20):], lst[:10**20], lst[::10**20], lst[::-(10**20)], "abc"[10**30:], (1, 2)[-(10**30):])
for call in [lambda: lst.__getitem__(2**64), lambda: "s"[2**100], lambda: (1,)[-2**70], lambda: range(10)[2**80], 
             lambda: [0] * (2**70), lambda: "x" * (2**70), lambda: lst.index(1, 2**70)]:
    try:
        print(call())
    except (IndexError, OverflowError, MemoryError, ValueError) as e:
        print(type(e).__name__, e)
lst2 = [1, 2, 3]
lst2[10**20:] = [4]
print(lst2)
del lst2[-(10**20):1]
print(lst2)
