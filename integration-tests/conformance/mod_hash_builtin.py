# The hash modules CPython builds in (_md5, _sha1, _sha256, _sha512): digests, incremental updates,
# copies, attributes and argument errors; random's str/bytes seeds hash with _sha512.
import _md5
import _sha1
import _sha256
import _sha512
import random

for ctor in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]:
    h = ctor(b'abc')
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__, h.hexdigest())
    print(ctor().hexdigest()[:16], ctor(string=b'abc', usedforsecurity=False).digest() == h.digest())

h = _sha256.sha256()
h.update(b'a')
c = h.copy()
h.update(bytearray(b'bc'))
c.update(memoryview(b'bd'))
print(h.hexdigest()[:16], c.hexdigest()[:16], h.digest() == _sha256.sha256(b'abc').digest())
print(h.hexdigest() == h.hexdigest(), len(h.digest()), type(h.digest()).__name__)
big = _sha512.sha512()
for i in range(1000):
    big.update(b'%d,' % i)
print(big.hexdigest()[:32])

for bad in [lambda: _sha512.sha512('text'), lambda: _sha512.sha512(1), lambda: _md5.md5(None),
            lambda: _sha1.sha1(b'a', b'b'), lambda: _sha1.sha1(data=b''), lambda: h.update('x'),
            lambda: h.update(), lambda: h.digest(1), lambda: type(h)()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    h.name = 'x'
except AttributeError as e:
    print('AttributeError', e)

random.seed('a string seed')
print(random.random(), random.randrange(1000))
random.seed(b'bytes seed')
print(random.random())
random.seed(12345)
print(random.random(), random.choice('abcdef'))
