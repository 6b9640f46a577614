"""An embedded MXAccess Gateway simulator: both gRPC services over a simulated Galaxy.

``async with Simulator(SimulatorConfig(objects=500)) as sim:`` serves on a free loopback port;
point any client at `sim.endpoint`. Run it standalone with ``python -m mxgateway.simulator``.
"""

from mxgateway.simulator.config import ALL_SCOPES, ApiKeySpec, SimulatorConfig, SimulatorTls
from mxgateway.simulator.faults import Faults
from mxgateway.simulator.server import Simulator
from mxgateway.simulator.tls import CertFiles, make_cert_dir

__all__ = [
    "ALL_SCOPES",
    "ApiKeySpec",
    "CertFiles",
    "Faults",
    "Simulator",
    "SimulatorConfig",
    "SimulatorTls",
    "make_cert_dir",
]
