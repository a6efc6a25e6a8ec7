# raise SystemExit: the code becomes the exit status; nothing is printed for an int code.
print("exiting")
raise SystemExit(3)
