"""mxgateway.sync cannot silently lag the async API: same public names, same signatures.

For each async class and its blocking twin: the same public methods and properties, each
method with the same parameters (names, kinds, order, defaults, resolved annotations) and the
same kind (classmethod, property, plain method); return types map one to one — an ``async def``
returning T returns T, an async iterator or generator of X becomes an iterator or generator of
X, and an async class returned (a Session, a Subscription) becomes its blocking twin. The
async context-manager and iterator methods map to their blocking names.
"""

from __future__ import annotations

import ast
import collections.abc as cabc
import inspect
import types
import typing
from typing import Any, get_args, get_origin

import pytest

from mxgateway import galaxy, gateway, session, subscription, sync

ASYNC_TO_SYNC: dict[type, type] = {
    gateway.GatewayClient: sync.GatewayClient,
    galaxy.GalaxyRepositoryClient: sync.GalaxyRepositoryClient,
    session.Session: sync.Session,
    subscription.Subscription: sync.Subscription,
}

#: Protocol methods: the async name and the blocking one.
PROTOCOL = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
}

#: Made by the clients, not by users: their constructors differ on purpose.
NOT_COMPARED = {"__init__"}


def _namespace(module: types.ModuleType) -> dict[str, Any]:
    """The names `module`'s annotations see, as a type checker does: its globals plus what
    its ``if TYPE_CHECKING:`` blocks import."""
    names = dict(vars(module))
    tree = ast.parse(inspect.getsource(module))
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            block = ast.Module(body=node.body, type_ignores=[])
            exec(compile(block, module.__name__, "exec"), names)
    return names


def _hints(function: Any) -> dict[str, Any]:
    module = inspect.getmodule(function)
    assert module is not None, function
    return typing.get_type_hints(function, globalns=_namespace(module))


def _map(annotation: Any) -> Any:
    """The blocking counterpart of an async-side annotation."""
    if annotation in ASYNC_TO_SYNC:
        return ASYNC_TO_SYNC[annotation]
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is cabc.AsyncGenerator:
        return cabc.Generator[_map(args[0]), None, None]  # type: ignore[misc]
    if origin is cabc.AsyncIterator:
        return cabc.Iterator[_map(args[0])]  # type: ignore[misc]
    if origin in (types.UnionType, typing.Union):
        mapped = tuple(_map(a) for a in args)
        result = mapped[0]
        for arg in mapped[1:]:
            result = result | arg
        return result
    if origin is not None and args:
        return origin[tuple(_map(a) for a in args)]
    return annotation


def _public(cls: type) -> dict[str, Any]:
    """Public attributes (through the MRO, as `inspect.getattr_static` sees them) and the
    protocol methods, each under its blocking name."""
    names = {n for n in dir(cls) if not n.startswith("_")}
    members = {name: inspect.getattr_static(cls, name) for name in names}
    for async_name, sync_name in PROTOCOL.items():
        for name in (async_name, sync_name):
            if hasattr(cls, name):
                members[PROTOCOL.get(name, name)] = inspect.getattr_static(cls, name)
    return members


def _kind(member: Any) -> str:
    if isinstance(member, property):
        return "property"
    if isinstance(member, classmethod):
        return "classmethod"
    if isinstance(member, staticmethod):
        return "staticmethod"
    if callable(member):
        return "method"
    return type(member).__name__


def _function(member: Any) -> Any:
    if isinstance(member, property):
        return member.fget
    if isinstance(member, classmethod | staticmethod):
        return member.__func__
    return member


PAIRS = [pytest.param(a, s, id=a.__name__) for a, s in ASYNC_TO_SYNC.items()]


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS)
def test_the_same_public_names(async_cls: type, sync_cls: type) -> None:
    async_names = set(_public(async_cls)) - NOT_COMPARED
    sync_names = set(_public(sync_cls)) - NOT_COMPARED
    assert sorted(async_names - sync_names) == [], "missing from mxgateway.sync"
    assert sorted(sync_names - async_names) == [], "only in mxgateway.sync"


def _compare(async_cls: type, sync_cls: type, name: str) -> list[str]:
    """What differs between the async member `name` and its blocking twin ([] = nothing)."""
    async_member = _public(async_cls)[name]
    sync_member = _public(sync_cls)[name]
    problems: list[str] = []
    if _kind(async_member) != _kind(sync_member):
        return [f"{name}: {_kind(async_member)} vs {_kind(sync_member)}"]
    async_fn, sync_fn = _function(async_member), _function(sync_member)
    async_hints = _hints(async_fn)
    sync_hints = _hints(sync_fn)
    async_params = list(inspect.signature(async_fn).parameters.values())
    sync_params = list(inspect.signature(sync_fn).parameters.values())
    async_shape = [(p.name, p.kind, p.default) for p in async_params]
    sync_shape = [(p.name, p.kind, p.default) for p in sync_params]
    if async_shape != sync_shape:
        problems.append(f"{name}: parameters {async_shape} vs {sync_shape}")
    for param in async_params:
        if param.name in ("self", "cls"):
            continue
        expected = _map(async_hints.get(param.name, inspect.Parameter.empty))
        actual = sync_hints.get(param.name, inspect.Parameter.empty)
        if expected != actual:
            problems.append(f"{name}({param.name}): {expected} vs {actual}")
    expected_return = _map(async_hints.get("return"))
    if expected_return != sync_hints.get("return"):
        problems.append(f"{name} -> {expected_return} vs {sync_hints.get('return')}")
    if inspect.iscoroutinefunction(async_fn) == inspect.iscoroutinefunction(sync_fn) is True:
        problems.append(f"{name}: the blocking twin is a coroutine function")
    return problems


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS)
def test_the_same_signatures(async_cls: type, sync_cls: type) -> None:
    shared = (set(_public(async_cls)) & set(_public(sync_cls))) - NOT_COMPARED
    problems = [p for name in sorted(shared) for p in _compare(async_cls, sync_cls, name)]
    assert problems == []


def test_no_blocking_method_is_a_coroutine_or_async_generator() -> None:
    for sync_cls in ASYNC_TO_SYNC.values():
        for name, member in _public(sync_cls).items():
            function = _function(member)
            assert not inspect.iscoroutinefunction(function), (sync_cls, name)
            assert not inspect.isasyncgenfunction(function), (sync_cls, name)


def test_the_comparison_notices_drift() -> None:
    """The checks above can fail: a renamed keyword, a changed default, a lost method."""

    class Drifted(sync.Session):
        def register(self, name: str, *, timeout: float | None = 1.0) -> int:
            raise NotImplementedError

        def ping(self, *, timeout: float | None = None) -> str:  # type: ignore[override]
            raise NotImplementedError

    problems = _compare(session.Session, Drifted, "register")
    assert any("parameters" in p for p in problems), problems
    assert _compare(session.Session, Drifted, "ping") != []
    assert _compare(session.Session, sync.Session, "register") == []

    class Lagging:
        pass

    assert set(_public(session.Session)) - set(_public(Lagging)) - NOT_COMPARED
