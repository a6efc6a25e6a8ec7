# the utf-16 and utf-32 codecs (with and without BOM, both byte orders) and utf-8-sig
s = "Aé😀"
for codec in ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32", "UTF-16LE", "utf_16"]:
    b = s.encode(codec)
    print(codec, b, b.decode(codec) == s)
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), "abc".encode("utf-8-sig"), len("😀".encode("utf-16-le")))
try:
    b"\x00".decode("utf-16")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
