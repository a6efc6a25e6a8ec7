# Greek capital sigma lowers to final sigma at the end of a word in lower/title/swapcase; casefold gives plain sigma
for w in ["ΣΑΣ", "ΟΔΟΣ ΣΑΣ", "Σ", "AΣ.", "ΣΑΣa"]:
    print(repr(w), w.lower(), w.title(), w.swapcase(), w.casefold(), w.capitalize())
