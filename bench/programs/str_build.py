# String operations: building, slicing, searching, splitting, joining, formatting and case changes.
def run(n):
    words = []
    for i in range(n):
        w = "w" + str(i % 97) + "x" * (i % 5)
        words.append(w.upper() if i % 3 == 0 else w)
    text = " ".join(words)
    total = 0
    for part in text.split(" "):
        if part.startswith("W"):
            total += len(part)
        total += part.find("x") + part.count("1")
    pieces = []
    for i in range(0, len(text) - 10, 7):
        pieces.append(text[i:i + 5].replace(" ", "_"))
    s = "".join(pieces)
    out = []
    for i in range(n // 10):
        out.append(f"{i:05d}:{s[i % len(s)]}|" + "%s-%d" % (words[i % len(words)], i))
    return total, len(s), len("".join(out)), hash(s[:50]) == hash(s[:50]), s[:40].lower()


print(run(200000))
