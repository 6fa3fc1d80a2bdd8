"""Command-line tools (`python -m bot <command>`): each module is one command's arguments
and output around a capability's plain functions."""
