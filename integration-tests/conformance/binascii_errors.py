# binascii.Error is a ValueError, Incomplete an Exception; both live in binascii
import binascii

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Incomplete.__module__)
try:
    binascii.unhexlify('0')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
print(sorted(n for n in dir(binascii) if not n.startswith('_')))
print(binascii.hexlify.__module__)
