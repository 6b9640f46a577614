"""A reflection client from another stack (grpcio + grpcio-reflection), run in its own process.

grpcio-reflection and grpclib register the same reflection messages in protobuf's default
pool under different file names, so the two cannot be imported into one process.

Usage: python _grpcio_reflection_client.py HOST:PORT [CA_FILE]
Prints one JSON object: the services listed and, for each of ours, its RPCs.
"""

from __future__ import annotations

import json
import sys

import grpc
from google.protobuf.descriptor_pool import DescriptorPool
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)


def main() -> None:
    endpoint = sys.argv[1]
    if len(sys.argv) > 2:
        with open(sys.argv[2], "rb") as file:
            credentials = grpc.ssl_channel_credentials(root_certificates=file.read())
        channel = grpc.secure_channel(endpoint, credentials)
    else:
        channel = grpc.insecure_channel(endpoint)
    with channel:
        database = ProtoReflectionDescriptorDatabase(channel)
        services = list(database.get_services())
        pool = DescriptorPool(database)
        described = {}
        for name in services:
            service = pool.FindServiceByName(name)
            described[name] = {
                method.name: [method.input_type.full_name, method.output_type.full_name]
                for method in service.methods
            }
        request = pool.FindMessageTypeByName("mxaccess_gateway.v1.MxCommandRequest")
        fields = {field.name: field.number for field in request.fields}
    print(json.dumps({"services": services, "described": described, "fields": fields}))


if __name__ == "__main__":
    main()
