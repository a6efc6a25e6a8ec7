def work():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")


work()
