# the namereplace, surrogateescape and surrogatepass error handlers
s = "Aé😀"
print(s.encode("ascii", "namereplace"), ascii(b"a\xffb\xc3".decode("utf-8", "surrogateescape")))
print("\udcff".encode("utf-8", "surrogateescape"), "a\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
