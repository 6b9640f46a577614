"""Side-by-side benchmarks of mxgateway against a grpcio reference client (`python -m benchmarks`)."""
