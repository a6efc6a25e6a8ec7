# SystemExit with several arguments: code is the args tuple, printed to stderr, exit status 1
raise SystemExit(2, "two args")
