# an uncaught ExceptionGroup prints the nested tree of its sub-exceptions
def task(n):
    raise ValueError(f"task {n} failed")
errors = []
for n in range(2):
    try:
        task(n)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("several tasks failed", errors + [ExceptionGroup("inner", [TypeError("t")])])
