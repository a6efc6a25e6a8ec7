from m a
