"""Which tags a bridge carries: names and Galaxy globs, tag files, and shards.

A glob (``*``, ``?`` or ``[...]`` in it) is matched the way ``mxgw-py find`` matches: its object
part (before the first dot) narrows the search on the Galaxy Repository, and each attribute's
full reference is matched against the whole pattern, case-insensitively. A shard keeps the tags
whose stable hash falls into it, so n bridges given the same tag list and shards 1/n .. n/n
carry every tag exactly once, on any machine and Python version.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from mxgateway.errors import MxGatewayConfigError
from mxgateway.values import TYPE_NAMES

if TYPE_CHECKING:
    from mxgateway.galaxy import GalaxyAttribute, GalaxyRepositoryClient

__all__ = [
    "find_tags",
    "in_shard",
    "is_glob",
    "parse_shard",
    "read_tag_file",
    "resolve_tags",
    "shard_of",
]

# MxDataType numbers (contract section 3.8) to the value type names of `mxgateway.values`.
_MX_DATA_TYPES = {
    2: "bool",
    3: "int32",
    4: "float",
    5: "double",
    6: "string",
    7: "datetime",
    8: "duration",
}


def is_glob(text: str) -> bool:
    """True when `text` is a pattern rather than one tag name."""
    return any(char in text for char in "*?[")


def shard_of(tag: str, count: int) -> int:
    """The shard (0-based, below `count`) of `tag`: a hash of its lower-cased name, so the
    same tag lands in the same shard everywhere, however it is spelt."""
    digest = hashlib.blake2b(tag.lower().encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def in_shard(tag: str, shard: tuple[int, int] | None) -> bool:
    """Whether `tag` belongs to shard ``(index, count)`` (index from 1); True without shards."""
    return shard is None or shard_of(tag, shard[1]) == shard[0] - 1


def parse_shard(text: str) -> tuple[int, int]:
    """``"i/n"`` as (i, n), with 1 <= i <= n; MxGatewayConfigError otherwise."""
    index_text, slash, count_text = text.strip().partition("/")
    try:
        index, count = int(index_text), int(count_text)
    except ValueError:
        index = count = 0
    if not slash or count < 1 or not 1 <= index <= count:
        raise MxGatewayConfigError(
            "shard", f"{text!r} is not I/N with 1 <= I <= N (e.g. 1/2 and 2/2 for two bridges)"
        )
    return index, count


def read_tag_file(path: str | Path) -> list[str]:
    """Tag names and globs from a file: one a line; blank lines and ``#`` comments skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MxGatewayConfigError("tags_file", f"cannot read {str(path)!r}: {exc}") from None
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def attribute_type(attribute: GalaxyAttribute) -> str | None:
    """The value type name of a Galaxy attribute (``double``, ``int32[]``...), when known."""
    name = (attribute.data_type_name or "").strip().lower()
    if name not in TYPE_NAMES:
        name = _MX_DATA_TYPES.get(int(attribute.mx_data_type), "")
    if not name:
        return None
    return name + "[]" if attribute.is_array else name


async def find_tags(galaxy: GalaxyRepositoryClient, pattern: str) -> dict[str, str | None]:
    """Attribute references matching `pattern` (as ``mxgw-py find`` matches), with types."""
    object_part, dot, _ = pattern.partition(".")
    if not dot:
        raise MxGatewayConfigError(
            "tags", f"glob {pattern!r} names objects, not tags: add an attribute ('{pattern}.*')"
        )
    wanted = pattern.lower()
    found: dict[str, str | None] = {}
    async for obj in galaxy.iter_hierarchy(
        tag_name_glob=object_part or "*", include_attributes=True
    ):
        for attribute in obj.attributes:
            reference = attribute.full_tag_reference
            if fnmatch.fnmatchcase(reference.lower(), wanted):
                found[reference] = attribute_type(attribute)
    return dict(sorted(found.items(), key=lambda item: item[0].lower()))


async def resolve_tags(
    entries: Iterable[str], galaxy: GalaxyRepositoryClient | None = None
) -> tuple[dict[str, str | None], dict[str, int]]:
    """Every tag `entries` name, globs expanded through `galaxy`, without repeats.

    Returns (tag -> type name or None, glob -> how many tags it matched). Globs need `galaxy`.
    """
    tags: dict[str, str | None] = {}
    seen: set[str] = set()
    matched: dict[str, int] = {}
    for entry in entries:
        if not isinstance(entry, str) or not entry.strip():
            raise MxGatewayConfigError("tags", f"{entry!r} is not a tag name")
        entry = entry.strip()
        if not is_glob(entry):
            found: dict[str, str | None] = {entry: None}
        elif galaxy is None:
            raise MxGatewayConfigError("tags", f"glob {entry!r} needs the Galaxy Repository")
        else:
            found = await find_tags(galaxy, entry)
            matched[entry] = len(found)
        for tag, type_name in found.items():
            if tag.lower() not in seen:
                seen.add(tag.lower())
                tags[tag] = type_name
    return tags, matched
