"""Benchmarks behind `make bench` (run as `python -m bench`)."""
