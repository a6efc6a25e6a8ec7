# unittest's report of failing tests: the "Traceback (most recent call last):" section, with
# unittest's own frames (globals holding __unittest) cut off, as CPython prints it.
import io
import re
import sys
import unittest


class T(unittest.TestCase):
    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise ValueError("boom")

    def test_nested(self):
        def inner():
            return {}.pop("k")
        inner()

    def test_chain(self):
        try:
            divmod(1, 0)
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertTrue(i != 1, "i is one")

    @unittest.expectedFailure
    def test_xfail(self):
        self.fail("expected")

    def test_ok(self):
        pass


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
report = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests", stream.getvalue())
sys.stderr.write(report)  # the file's path is folded to @DIR@ in stderr
print(result.testsRun, len(result.failures), len(result.errors), len(result.expectedFailures))
for test, text in result.failures + result.errors:
    print(test.id(), text.count("Traceback (most recent call last):"), text.splitlines()[-1])
