# atexit functions run after an uncaught exception too, and the exit status stays 1
import atexit
atexit.register(print, "cleanup ran")
raise KeyError("k")
