# str.maketrans/translate, int()/float() of bytes, codecs (utf-16/32 byte order marks) and error handlers.
for c in ['str.maketrans(1)','str.maketrans({"ab":1})','str.maketrans({1.5:1})','str.maketrans("ab","c")','str.maketrans(1,"c")','str.maketrans("a",2)','str.maketrans("a","b",3)','str.maketrans()','"abc".translate({97: 300000000})','"abc".translate({97: 2.5})','"abc".translate("xyz")','"abc".translate(["q"])','"abc".translate()','str.maketrans({"a":1, 98: "xy"})','"".maketrans("a","b")','"a\U0001F600b".translate({0x1F600: "!"})','str.maketrans("\U0001F600","x")','"abc".translate(str.maketrans("", "", "b"))', 'str.maketrans("a","b","c", "d")', 'type(str.maketrans)',
 'int(b"12")', 'int(b" -7 ")', 'int(bytearray(b"ff"), 16)', 'int(b"1_000")', 'int(b"x")', 'float(b"1.5")',
 'b"a\xff".decode("ascii", "ignore")', 'b"a\xff".decode("ascii", "backslashreplace")', 'b"a\xff".decode("utf-8", "surrogateescape")', 'b"a\xff".decode("latin-1")', 'b"\xe9".decode("cp1252")', 'b"a".decode("nope")', 'b"a".decode("utf-8", "nope")', '"a".encode("nope")', 'b"\xc3".decode("utf-8")', 'b"\xed\xa0\x80".decode("utf-8")', 'b"\xf0\x9f\x98".decode()', 'b"ab\xffcd".decode("utf-8", "replace")', '"x".encode(encoding="UTF8")', 'str(b"abc", "ascii")', 'str(b"a\xff", "ascii", "replace")', 'bytes("é", "utf-8")', '"é".encode("iso-8859-1")', '"ab".encode("utf_8")']:
  try: print(c, '->', repr(eval(c)))
  except Exception as e: print(c, '!!', type(e).__name__, e)
print("aé€😀\x00".encode("ascii", "namereplace"))
print("é€".encode("utf-16-be"), b"\xfe\xff\x00\xe9".decode("utf-16"), b"\xe9\x00".decode("utf-16"), "x".encode("utf-32"))
print(b"\xff\xfe\x00\x00\xe9\x00\x00\x00".decode("utf-32"))
