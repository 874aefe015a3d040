# Note model: to do.
