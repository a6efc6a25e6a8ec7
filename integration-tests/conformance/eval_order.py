# Evaluation order: call arguments left to right, assignment value before targets, subscript target
# parts, augmented assignment, dict displays (key before value), chained assignment targets left to right.
log = []


def t(label, value=None):
    log.append(label)
    return value if value is not None else label


def show():
    print(log)
    log.clear()


t("f", print)(t("a"), t("b"), sep=t("c"))
show()
d = {}
d[t("key")] = t("value")
show()
lst = [0, 0]
lst[t("idx", 1)] += t("inc", 5)
show()
print(lst)
x = {t("k1"): t("v1"), t("k2"): t("v2")}
show()


class O:
    pass


o = O()
t("obj", o).attr = t("rhs")
show()
a = b = t("chained")
show()
p, q = t("p"), t("q")
show()
r = t("l", [1])[0] + t("r", [2])[0]
show()
s = t("cond", 0) or t("alt")
show()
m = [t("e1"), *t("star", [1]), t("e2")]
show()
print(t("s1") if t("test", 1) else t("s2"))
show()
lst2 = [0, 0, 0]
i = 0
i, lst2[i] = 1, 9
print(i, lst2)
