def failing():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")


errors = []
try:
    failing()
except ValueError as e:
    errors.append(e)
raise ExceptionGroup("collected", errors)
