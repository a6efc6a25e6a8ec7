# SystemExit raised directly with an int code sets the process exit status; finally blocks still run
try:
    raise SystemExit(7)
finally:
    print("finally ran before exit")
