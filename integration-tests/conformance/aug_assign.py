# Augmented assignment on names, attributes, subscripts and slices, for every operator.
v = 10
v += 5; print(v)
v -= 3; print(v)
v *= 2; print(v)
v //= 5; print(v)
v %= 3; print(v)
v **= 3; print(v)
v <<= 4; print(v)
v >>= 2; print(v)
v |= 1; print(v)
v &= 6; print(v)
v ^= 3; print(v)
v /= 4; print(v)
s = "ab"
s += "c"; s *= 2; print(s)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 3
lst[1:2] += [7]
print(lst)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] -= 1
print(d)


class O:
    val = 1


o = O()
o.val += 1
print(o.val, O.val)
t = (1, 2)
t += (3,)
print(t)
try:
    undefined_var += 1
except NameError as e:
    print(e)
f = 1.5
f **= 2
f //= 1
print(f)
