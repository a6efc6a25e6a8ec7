# unittest from the host's standard library runs test cases: passes, failures, errors, skips, subtests
import io
import unittest

class Sample(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_raises(self):
        with self.assertRaisesRegex(ValueError, "bad"):
            raise ValueError("bad value")

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print(sorted(t.id().split(".")[-1].split(" ")[0] for t, _ in result.failures + result.errors))
print([line for line in result.failures[0][1].splitlines() if line.startswith("AssertionError")])
