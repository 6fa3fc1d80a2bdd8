"""The channel-free core: the assistant that every channel calls, the one gate for
commands and button data, per-user ordering and the flood limit."""
