class MathUtil:
    @staticmethod
    def inverse(x):
        return 1 / x


print(MathUtil.inverse(4))
MathUtil.inverse(0)
