# bytes.expandtabs and bytearray.expandtabs
print(b"a\tb".expandtabs(4), b"a\tbc\td".expandtabs(), bytearray(b"\tx\n\ty").expandtabs(3), b"x\r\ty".expandtabs(2), b"\t".expandtabs(0))
