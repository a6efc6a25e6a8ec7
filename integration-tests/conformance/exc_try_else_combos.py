# try/except/else/finally combinations: which blocks run, order, exceptions raised in else and handlers
def run(raise_in, catch=True):
    log = []
    try:
        try:
            log.append("try")
            if raise_in == "try":
                raise ValueError("t")
        except ValueError as e:
            log.append("except:" + str(e))
            if raise_in == "except":
                raise KeyError("e")
        else:
            log.append("else")
            if raise_in == "else":
                raise ValueError("else-raised")
        finally:
            log.append("finally")
            if raise_in == "finally":
                raise IndexError("f")
    except Exception as outer:
        log.append("outer:" + type(outer).__name__)
    return log
for where in [None, "try", "except", "else", "finally"]:
    print(where, run(where))
def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "generic " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__
for exc in [KeyError, IndexError("i"), ZeroDivisionError, OverflowError, ValueError, KeyboardInterrupt, GeneratorExit]:
    print(multi(exc))
def name_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "unbound: " + str(u)
print(name_cleared())
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("not here")
    finally:
        print("finally runs before propagation")
except ValueError as e:
    print("propagated", e)
excs = (TypeError, ValueError)
try:
    int("x")
except excs as e:
    print("tuple variable", type(e).__name__)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
