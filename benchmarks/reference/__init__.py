"""A minimal grpcio (protobuf + grpc.aio) client doing the same work as mxgateway's facades.

Dev-only: the mxgateway package never imports it. Its code is generated from protos/ at bench
start (see generate.py), so both clients always speak the same contract.
"""
