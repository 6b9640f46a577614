"""Store and forward without a broker: order, overflow policies, counters, requeue."""

from __future__ import annotations

import asyncio

from mxgateway.bridge._store import Message, Overflow, StoreAndForward


def value(tag: str, n: int) -> Message:
    return Message(f"p/{tag}", str(n).encode(), tag, received=1.0)


def status(word: str) -> Message:
    return Message("p/$status", word.encode(), "$status", sticky=True)


async def drain(store: StoreAndForward) -> list[bytes]:
    out = []
    while store.waiting:
        ident, message = await store.next()
        store.ack(ident)
        out.append(message.payload)
    return out


async def test_messages_leave_in_order_and_are_acknowledged() -> None:
    store = StoreAndForward(10, Overflow.CONFLATE)
    for n in range(5):
        store.put(value("a" if n % 2 else "b", n))
    assert await drain(store) == [b"0", b"1", b"2", b"3", b"4"]
    assert (store.published, store.waiting, store.in_flight) == (5, 0, 0)
    await asyncio.wait_for(store.wait_idle(), 1)


async def test_drop_oldest_keeps_the_newest_values_and_counts_the_rest() -> None:
    store = StoreAndForward(3, Overflow.DROP_OLDEST)
    for n in range(10):
        store.put(value("a", n))
    assert await drain(store) == [b"7", b"8", b"9"]
    assert (store.dropped, store.conflated, store.high_water) == (7, 0, 3)


async def test_conflate_drops_an_older_value_of_the_same_tag_first() -> None:
    store = StoreAndForward(3, Overflow.CONFLATE)
    store.put(value("a", 1))
    store.put(value("b", 1))
    store.put(value("a", 2))
    store.put(value("b", 2))  # full: b's older value makes room
    store.put(value("c", 1))  # full, c has nothing waiting: the oldest of all goes
    assert await drain(store) == [b"2", b"2", b"1"]
    assert (store.conflated, store.dropped) == (1, 1)


async def test_requeue_puts_in_flight_messages_back_first_in_their_order() -> None:
    store = StoreAndForward(100, Overflow.CONFLATE)
    for n in range(6):
        store.put(value("a", n))
    taken = [await store.next() for _ in range(3)]
    store.ack(taken[1][0])  # acknowledged out of order: only 0 and 2 come back
    assert store.requeue() == 2
    assert await drain(store) == [b"0", b"2", b"3", b"4", b"5"]
    assert (store.resent, store.published) == (2, 6)


async def test_status_words_are_never_dropped_and_only_the_newest_waits() -> None:
    store = StoreAndForward(2, Overflow.DROP_OLDEST)
    store.put(status("online"))
    for n in range(5):
        store.put(value("a", n))
    store.put(status("stale"))
    assert await drain(store) == [b"3", b"4", b"stale"]
    assert store.waiting == 0
    store.put(status("online"))
    await store.next()
    store.put(status("stale"))
    store.requeue()  # the newer word waits already: the old one is not sent again
    assert await drain(store) == [b"stale"]


async def test_lag_is_the_age_of_the_oldest_unacknowledged_value() -> None:
    store = StoreAndForward(10, Overflow.CONFLATE)
    assert store.lag(now=5.0) == 0.0
    store.put(Message("p/a", b"1", "a", received=2.0))
    store.put(Message("p/a", b"2", "a", received=3.0))
    assert store.lag(now=5.0) == 3.0
    ident, _ = await store.next()
    assert store.lag(now=5.0) == 3.0  # in flight still counts
    store.ack(ident)
    assert store.lag(now=5.0) == 2.0


async def test_next_waits_for_a_message() -> None:
    store = StoreAndForward(10, Overflow.CONFLATE)
    waiter = asyncio.create_task(store.next())
    await asyncio.sleep(0)
    assert not waiter.done()
    store.put(value("a", 1))
    _, message = await asyncio.wait_for(waiter, 1)
    assert message.payload == b"1"
