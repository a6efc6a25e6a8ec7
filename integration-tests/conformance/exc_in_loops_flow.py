# exceptions interacting with loops: break/continue inside except and else, retry loops, exceptions ending for-else
results = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        if e.args[0] == 3:
            break
        continue
    else:
        results.append("else%d" % i)
    finally:
        results.append("f%d" % i)
print(results)
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError("retry")
        print("succeeded after", attempts)
        break
    except ConnectionError:
        continue
def first_valid(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            pass
    else:
        raise LookupError("none valid")
print(first_valid(["a", "7", "8"]))
try:
    first_valid(["x"])
except LookupError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
collected = []
while True:
    try:
        collected.append(next(it))
    except StopIteration:
        break
print(collected)
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError:
        pass
    finally:
        if i == 1:
            break
print("stopped at", i)
count = 0
for x in range(3):
    for y in range(3):
        try:
            if y == 1:
                raise StopIteration
        except StopIteration:
            break
        finally:
            count += 1
print("count", count)
