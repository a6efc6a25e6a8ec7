print >> sys.stderr, "x"
