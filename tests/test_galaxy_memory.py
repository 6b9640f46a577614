"""Client memory over a 20,000-object Galaxy: iter_hierarchy holds one page, discover everything.

The simulator runs in one child process and the client in another
(``python -m benchmarks.galaxy_scenario --no-trace``), which reports how far its peak resident
set rose while iterating and while listing. A page's size is measured here with tracemalloc.
Only ratios are asserted, never times.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import _simproc
from benchmarks.galaxy_scenario import traced_peak
from mxgateway.galaxy import GalaxyObject, GalaxyRepositoryClient

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the peak RSS is reset through /proc"),
]

OBJECTS = 20_000
PAGE = 500
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with _simproc.running(["--objects", str(OBJECTS)]) as sim:
        yield sim.endpoint


async def _first_page(galaxy: GalaxyRepositoryClient) -> list[GalaxyObject]:
    """One page of objects, held: what a page costs while it is in memory."""
    objects = galaxy.iter_hierarchy(page_size=PAGE)
    page = [await anext(objects) for _ in range(PAGE)]
    await objects.aclose()
    return page


async def _page_bytes(endpoint: str) -> tuple[int, int]:
    """The peak a page costs while it is decoded, and what it holds once decoded."""
    async with await GalaxyRepositoryClient.connect(endpoint, plaintext=True) as galaxy:
        await _first_page(galaxy)  # warm up imports, codecs and the connection
        peak, page = await traced_peak(lambda: _first_page(galaxy))
        gc.collect()
        tracemalloc.start()
        try:
            page = await _first_page(galaxy)
            gc.collect()
            held, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert len(page) == PAGE
    return peak, held


def _client_process(endpoint: str) -> dict[str, int]:
    command = [sys.executable, "-m", "benchmarks.galaxy_scenario", "--endpoint", endpoint]
    command += ["--page-size", str(PAGE), "--no-trace"]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, int] = json.loads(done.stdout)
    return result


async def test_iter_hierarchy_peak_is_one_page_while_discover_holds_everything(
    endpoint: str,
) -> None:
    page, held = await _page_bytes(endpoint)
    result = _client_process(endpoint)
    assert result["objects"] == OBJECTS and result["same count"]
    iterated, listed = result["iter peak rss bytes"], result["discover peak rss bytes"]
    assert iterated is not None and listed is not None, "peak RSS could not be reset"
    pages = OBJECTS // PAGE
    report = (
        f"page {page:,} B (holds {held:,} B), iter {iterated:,} B, "
        f"discover {listed:,} B over {pages} pages"
    )
    # Iterating all 40 pages costs about one page; listing holds all of them. The listing's
    # resident set grows by less than what it holds (about 40 % of it, measured): it fills
    # memory the process freed while iterating first, which stays resident.
    assert iterated < 3 * page, report
    assert listed > pages / 5 * held, report
    assert listed > 10 * iterated, report
