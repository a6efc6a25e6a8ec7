# an uncaught KeyboardInterrupt prints a traceback; the exit status is CPython's for a SIGINT death
print("about to interrupt")
raise KeyboardInterrupt
