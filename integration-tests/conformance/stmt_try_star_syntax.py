# except* combined with else and finally, multiple matches, naked exception matched by several clauses only once, empty group results
def run(exc):
    out = []
    try:
        try:
            if exc:
                raise exc
        except* (KeyError, IndexError) as g:
            out.append("lookup " + str(sorted(type(e).__name__ for e in g.exceptions)))
        except* ArithmeticError as g:
            out.append("arith " + str(len(g.exceptions)))
        else:
            out.append("else")
        finally:
            out.append("finally")
    except BaseException as rest:
        out.append("rest " + repr(rest))
    return out
print(run(None))
print(run(KeyError(1)))
print(run(ExceptionGroup("g", [KeyError(1), IndexError(2), ZeroDivisionError(), OverflowError()])))
print(run(ExceptionGroup("g", [ValueError(1), KeyError(2)])))
print(run(ExceptionGroup("nest", [ExceptionGroup("in", [ZeroDivisionError()]), KeyError()])))
try:
    compile("try:\n    pass\nexcept* ExceptionGroup:\n    pass\n", "<s>", "exec")
    exec("try:\n    raise ExceptionGroup('g', [ValueError()])\nexcept* ExceptionGroup:\n    pass\n")
except TypeError as e:
    print(type(e).__name__, e)
for src in ["try:\n    pass\nexcept*:\n    pass\n", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
