def cleanup():
    raise OSError("disk gone")


try:
    1 / 0
except ZeroDivisionError:
    cleanup()
