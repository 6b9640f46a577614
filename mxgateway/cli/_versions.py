"""What `mxgw-py version` prints, computed with nothing but os and sys.

`mxgw-py version` must start about as fast as Python itself, so `mxgw-py version` alone is
answered from here without argparse, rich, the transport or the generated code; installed
versions come from the distributions' metadata directory names instead of
importlib.metadata (which answers only for a name not found that way).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself costs start-up time that `mxgw-py version` should not pay
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

__all__ = ["print_version", "silence_stdout", "version_info", "version_text"]

RUNTIME = ("betterproto2", "grpclib", "rich")
#: The fields the human view shows, in order.
SHOWN = ("mxgateway", *RUNTIME, "python", "proto_packages")


def _normalized(name: str) -> str:
    """A distribution name as the wheel format spells it: lower case, runs of '-', '_' and
    '.' as one '_' (without loading re)."""
    out: list[str] = []
    for char in name.lower():
        if char in "-_.":
            if not out or out[-1] != "_":
                out.append("_")
        else:
            out.append(char)
    return "".join(out)


def installed_versions(names: tuple[str, ...]) -> dict[str, str | None]:
    """The installed version of each distribution, from the first `NAME-VERSION.dist-info`
    directory on sys.path (the wheel format's naming, as importlib.metadata finds them);
    importlib.metadata answers for any name not found that way."""
    wanted = {_normalized(name): name for name in names}
    found: dict[str, str | None] = {}
    for entry in sys.path:
        if len(found) == len(wanted):
            break
        try:
            children = os.listdir(entry or ".")
        except OSError:
            continue
        for child in children:
            stem, dot, suffix = child.rpartition(".")
            if suffix != "dist-info" or not dot:
                continue
            project, _, release = stem.partition("-")
            name = wanted.get(_normalized(project))
            if name is not None and name not in found and release:
                found[name] = release
    for name in names:
        if name not in found:
            found[name] = _metadata_version(name)
    return found


def _metadata_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def version_info() -> dict[str, Any]:
    """Versions of the client, its runtime dependencies, Python and the proto packages."""
    from mxgateway._version import __version__

    return {
        "mxgateway": __version__,
        **installed_versions(RUNTIME),
        "python": ".".join(map(str, sys.version_info[:3])),
        "proto_packages": ["galaxy_repository.v1", "mxaccess_gateway.v1"],
    }


def _shown(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return str(value)


def version_text(data: Mapping[str, Any]) -> str:
    """The human view: a title, then one aligned line per field."""
    keys = [key for key in SHOWN if key in data]
    width = max((len(key) for key in keys), default=0) + 2
    lines = [f"  {key.replace('_', ' '):<{width}}{_shown(data[key])}" for key in keys]
    return "\n".join(["mxgw-py", *lines])


def silence_stdout() -> None:
    """Point stdout at the null device: its reader went away (`| head`), and Python would
    report the broken pipe again when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def print_version() -> bool:
    """Print the human view of `mxgw-py version`; False (nothing printed) when the text holds
    the API key from the environment, which only the full CLI's output layer redacts."""
    text = version_text(version_info())
    secret = os.environ.get("MXGATEWAY_API_KEY")
    if secret and secret in text:
        return False
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    return True
