def long_task():
    raise KeyboardInterrupt


print("working")
long_task()
