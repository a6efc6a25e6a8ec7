import .m
