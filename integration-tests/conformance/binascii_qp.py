# binascii.b2a_qp/a2b_qp: quoting, soft line breaks, trailing whitespace, header mode, CRLF
import binascii

samples = [b'plain text', b'a\r\nb \r\n', b'.\n', b'.', b'a \t', b'x' * 80, b'x' * 75 + b'=', b' ' * 100,
           b'\x00\x01\xff\n', b'a_b c', b'=\n', b'line\rmore\n', b'x' * 74 + b'\n' + b'y' * 200,
           b'tab\there\n', b'caf\xc3\xa9 = ok\r\n']
for s in samples:
    for quotetabs in (False, True):
        for istext in (False, True):
            for header in (False, True):
                e = binascii.b2a_qp(s, quotetabs, istext, header)
                print(repr(e), binascii.a2b_qp(e, header) == s)
for s in [b'=41=4', b'=\r\nab', b'==', b'=4G', b'a_b', b'=\nx', b'=\rx\ny', b'=', '=41', b'=e9=E9']:
    print(repr(binascii.a2b_qp(s)), repr(binascii.a2b_qp(s, header=True)))
print(repr(binascii.b2a_qp(data=b'a b', quotetabs=True, header=True)))
