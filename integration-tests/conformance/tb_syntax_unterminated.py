print("before")
message = "unterminated
