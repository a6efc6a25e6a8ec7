def main(argv):
    if not argv:
        raise SystemExit("usage: prog FILE")


main([])
