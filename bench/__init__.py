"""Benchmarks and scripted scenarios that need real processes; see bench/README.md."""
