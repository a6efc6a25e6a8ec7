# str.format parse errors and their exact messages for malformed fields
for fmt in ["{!}", "{0[}", "{0!}", "{0!rr}", "{0:{1:{2:{3}}}}", "{0.}", "{[}", "{0[0}", "{:", "{0!r"]:
    try:
        print(fmt.format(1, 2, 3, 4))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
