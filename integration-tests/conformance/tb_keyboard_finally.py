def task():
    try:
        raise KeyboardInterrupt
    finally:
        print("cleanup ran")


task()
