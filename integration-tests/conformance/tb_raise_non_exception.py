raise "just a string"
