# Generators suspending inside match statements: a yield in a case body, and a yield as the subject.


def classify():
    results = []
    while True:
        match (yield results):
            case [a, b]:
                got = yield a + b
                results.append(("pair", got))
            case {"k": v} if v > 0:
                results.append(("mapping", (yield v)))
            case str() as s:
                for ch in s:
                    yield ch
                results.append(("str", s))
            case None:
                return results
            case _:
                results.append("other")


g = classify()
print(next(g))
print(g.send([1, 2]))
print(g.send("after pair"))
print(g.send({"k": 5}))
print(g.send("after mapping"))
print(g.send({"k": -1}))
print(g.send("ab"), next(g), next(g))
try:
    g.send(None)
except StopIteration as s:
    print("returned", s.value)


def throw_in_case():
    match 3:
        case 3:
            try:
                yield "in case"
            except ValueError:
                yield "handled in case"


t = throw_in_case()
print(next(t), t.throw(ValueError))


def guards():
    seen = []
    for subject in [1, 2, "s", 3]:
        match subject:
            case int(n) if (yield ("guard", n)):
                seen.append(("int accepted", n))
            case int(n) if n > 2 and (yield ("second guard", n)):
                seen.append(("big", n))
            case int(n):
                seen.append(("int rejected", n))
            case str(s) if await_like(s) == (yield "str guard"):
                seen.append(("str", s))
    return seen


def await_like(s):
    print("await_like", s)
    return s * 2


gg = guards()
out = [next(gg)]
for answer in [True, False, "ss", False, "ignored"]:
    try:
        out.append(gg.send(answer))
    except StopIteration as s:
        out.append(("returned", s.value))
        break
print(out)
