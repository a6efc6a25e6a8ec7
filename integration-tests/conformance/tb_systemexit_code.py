def main():
    raise SystemExit(3)


main()
