"""Benchmarks: external reference sets (NewsQuant) and throughput measurements."""
