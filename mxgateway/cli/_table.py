"""Every mxgw-py command: its flags, the handler that runs it, its help and examples.

Handlers are named as "module:function" strings inside mxgateway.cli and imported only when
their command runs; this module needs argparse alone.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mxgateway.cli._flags import (
    TYPE_CHOICES,
    count,
    handle,
    non_empty,
    non_negative,
    seconds,
    sequence,
    type_name,
)

__all__ = ["COMMANDS", "GROUPS", "ArgAdder", "Command"]

ArgAdder = Callable[[argparse.ArgumentParser], None]


class Command:
    """One subcommand: its name, the handler to import when it runs, help and example(s)."""

    # A plain class: dataclasses imports inspect, which `mxgw-py --help` should not pay for.
    __slots__ = (
        "add_arguments",
        "examples",
        "global_options",
        "group",
        "handler",
        "help",
        "name",
        "subcommands",
    )

    def __init__(
        self,
        name: str,
        handler: str,
        help: str,
        examples: tuple[str, ...],
        add_arguments: ArgAdder | None = None,
        *,
        group: str = "",
        subcommands: tuple[Command, ...] = (),
        global_options: bool = True,
    ) -> None:
        self.name = name
        self.handler = handler
        self.help = help
        self.examples = examples
        self.add_arguments = add_arguments
        self.group = group
        self.subcommands = subcommands
        self.global_options = global_options


def _session(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--session-id", required=True, metavar="ID", type=non_empty, help="from open-session"
    )


def _server(p: argparse.ArgumentParser) -> None:
    _session(p)
    p.add_argument("--server-handle", required=True, metavar="N", type=handle, help="from register")


def _item(p: argparse.ArgumentParser) -> None:
    _server(p)
    p.add_argument("--item-handle", required=True, metavar="N", type=handle, help="from add-item")


def _typed_value(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--type",
        required=True,
        metavar="TYPE",
        type=type_name,
        help=f"value type: {', '.join(TYPE_CHOICES)}; add [] for a comma list (int32[])",
    )
    p.add_argument(
        "--value",
        required=True,
        metavar="TEXT",
        help="value text, parsed as --type (bool: true/false; datetime: ISO-8601)",
    )


def _write_args(p: argparse.ArgumentParser) -> None:
    _item(p)
    _typed_value(p)


def _write2_args(p: argparse.ArgumentParser) -> None:
    _write_args(p)
    p.add_argument(
        "--timestamp",
        metavar="ISO",
        help="value timestamp, ISO-8601 (naive = UTC; default: now)",
    )


def _write_secured_args(p: argparse.ArgumentParser) -> None:
    _write_args(p)
    p.add_argument("--user", required=True, metavar="NAME", help="ArchestrA operator user")
    p.add_argument(
        "--password-env",
        metavar="VAR",
        help="environment variable with the operator's password (default: prompt)",
    )
    p.add_argument("--verifier", metavar="NAME", help="ArchestrA verifier user, if required")
    p.add_argument(
        "--verifier-password-env",
        metavar="VAR",
        help="environment variable with the verifier's password (default: prompt)",
    )


def _open_session_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--client-session-name",
        metavar="NAME",
        default="mxgw-py",
        help="label for gateway diagnostics (default: mxgw-py)",
    )


def _register_args(p: argparse.ArgumentParser) -> None:
    _session(p)
    p.add_argument("--client-name", metavar="NAME", default="mxgw-py", help="MXAccess client name")


def _add_item_args(p: argparse.ArgumentParser) -> None:
    _server(p)
    p.add_argument(
        "--item", required=True, metavar="TAG", type=non_empty, help="e.g. Object.Attribute"
    )


def _stream_args(p: argparse.ArgumentParser) -> None:
    _session(p)
    p.add_argument(
        "--max-events", metavar="N", type=count, help="stop after N events (default: no limit)"
    )
    start = p.add_mutually_exclusive_group()
    start.add_argument(
        "--after",
        metavar="SEQ",
        type=sequence,
        default=0,
        help="resume after this worker sequence (default 0: a fresh stream); each run ends"
        " by naming the last sequence it printed",
    )
    start.add_argument(
        "--resume",
        action="store_true",
        help="resume after the last sequence an earlier --resume run of this session printed,"
        " and save this run's (in $MXGATEWAY_STATE_FILE, default"
        " ~/.local/state/mxgateway/stream-events.json)",
    )


def _smoke_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--item", metavar="TAG", default="Object.Attribute", help="item to advise")
    p.add_argument("--client-name", metavar="NAME", default="mxgw-py-smoke")
    p.add_argument(
        "--max-events", metavar="N", type=count, default=1, help="events to wait for (default 1)"
    )


def _read_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("tags", nargs="+", metavar="TAG", help="item references to read")
    p.add_argument(
        "--session-id", metavar="ID", help="read in this session (default: a temporary one)"
    )
    p.add_argument(
        "--server-handle", metavar="N", type=handle, help="with --session-id: from register"
    )


def _watch_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("tags", nargs="+", metavar="TAG", help="item references to watch")
    p.add_argument("--duration", metavar="SECONDS", type=seconds, help="stop after this long")
    p.add_argument("--max-events", metavar="N", type=count, help="stop after N updates")


def _bridge_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "tags",
        nargs="*",
        metavar="TAG|GLOB",
        help="tag names, or Galaxy globs matched as `find` matches them ('Tank*.*')",
    )
    p.add_argument(
        "--tags-file", metavar="FILE", action="append", help="tags and globs, one a line"
    )
    p.add_argument(
        "--broker",
        metavar="HOST:PORT",
        help="MQTT broker (default: $MXGATEWAY_MQTT_BROKER, else localhost:1883; mqtts:// for TLS)",
    )
    p.add_argument(
        "--prefix",
        metavar="TOPIC",
        default="mxgateway",
        help="topic prefix (default: mxgateway)",
    )
    p.add_argument(
        "--shard", metavar="I/N", help="carry only shard I of N (stable hash of the tag name)"
    )
    p.add_argument(
        "--allow-write",
        metavar="GLOB",
        action="append",
        help="accept writes on <prefix>/<tag>/set for matching tags (repeatable; default none)",
    )
    p.add_argument(
        "--buffer",
        metavar="N",
        type=count,
        default=100_000,
        help="values kept while the broker is away (default 100000)",
    )
    p.add_argument(
        "--overflow",
        choices=("conflate", "drop-oldest"),
        default="conflate",
        help="when the buffer is full: keep each tag's latest (conflate, default), or drop"
        " the oldest",
    )
    p.add_argument("--mqtt-tls", action="store_true", help="TLS to the broker")
    p.add_argument("--mqtt-ca-file", metavar="PEM", help="CA to trust for the broker (TLS)")
    p.add_argument(
        "--mqtt-username-env",
        metavar="VAR",
        help="environment variable with the MQTT username (default MXGATEWAY_MQTT_USERNAME)",
    )
    p.add_argument(
        "--mqtt-password-env",
        metavar="VAR",
        help="environment variable with the MQTT password (default MXGATEWAY_MQTT_PASSWORD)",
    )
    p.add_argument("--client-id", metavar="ID", help="MQTT client id (default: random)")
    p.add_argument(
        "--status-interval",
        metavar="SECONDS",
        type=seconds,
        help="status line period when not on a terminal (default 5)",
    )
    p.add_argument("--duration", metavar="SECONDS", type=seconds, help="stop after this long")
    p.add_argument(
        "--give-up",
        metavar="SECONDS",
        type=seconds,
        help="stop reconnecting after an outage this long (default: never)",
    )


def _alarm_prefix(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--prefix", metavar="TEXT", default="", help="alarm reference prefix (default: all)"
    )


def _alarm_stream_args(p: argparse.ArgumentParser) -> None:
    _alarm_prefix(p)
    p.add_argument("--max-events", metavar="N", type=count, help="stop after N messages")


def _alarm_ack_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("reference", metavar="ALARM", type=non_empty, help="full alarm reference")
    p.add_argument("--comment", metavar="TEXT", default="", help="operator comment")
    p.add_argument("--operator", metavar="USER", default="", help="acknowledging operator")


def _galaxy_filters(p: argparse.ArgumentParser) -> None:
    f = p.add_argument_group("filters")
    f.add_argument("--glob", metavar="PATTERN", help="tag name glob (* and ?), case-insensitive")
    f.add_argument(
        "--category", metavar="ID", type=int, action="append", help="category id (repeatable)"
    )
    f.add_argument(
        "--template", metavar="NAME", action="append", help="template in the chain (repeatable)"
    )
    f.add_argument("--alarm-only", action="store_true", help="objects with an alarm attribute")
    f.add_argument(
        "--historized-only", action="store_true", help="objects with a historized attribute"
    )


def _discover_args(p: argparse.ArgumentParser) -> None:
    root = p.add_mutually_exclusive_group()
    root.add_argument("--root", metavar="TAG", help="start at this object (tag name)")
    root.add_argument("--root-path", metavar="PATH", help="start at this contained path (A/B)")
    p.add_argument(
        "--max-depth", metavar="N", type=non_negative, help="levels below the root (0 = root)"
    )
    p.add_argument("--no-attributes", action="store_true", help="objects only, no attributes")
    p.add_argument(
        "--page-size", metavar="N", type=non_negative, default=0, help="objects per page"
    )
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    fmt.add_argument("--csv", action="store_true", help="CSV, one row per object")
    _galaxy_filters(p)


def _tree_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("root", nargs="?", metavar="TAG", help="start at this object (default: top)")
    p.add_argument(
        "--depth", metavar="N", type=non_negative, default=3, help="levels to show (default 3)"
    )
    p.add_argument("--attributes", action="store_true", help="show each object's attributes")


def _browse_args(p: argparse.ArgumentParser) -> None:
    parent = p.add_mutually_exclusive_group()
    parent.add_argument(
        "parent", nargs="?", metavar="TAG", help="parent object (default: top level)"
    )
    parent.add_argument("--path", metavar="PATH", help="parent by contained path (A/B)")
    p.add_argument("--attributes", action="store_true", help="list each child's attributes")
    _galaxy_filters(p)


def _find_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "pattern",
        metavar="PATTERN",
        help="glob over object tag names and attribute references, e.g. 'Tank*.Lev*'",
    )


def _watch_deploys_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-events", metavar="N", type=count, help="stop after N events")
    p.add_argument(
        "--last-seen",
        metavar="ISO",
        help="deploy time already known; no initial event when it is still current",
    )


def _completion_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("shell", choices=("bash", "zsh", "fish"), help="shell to complete for")


def _simulator_args(p: argparse.ArgumentParser) -> None:
    # The simulator owns its flags; importing them costs only when this command runs.
    from mxgateway.cli._cmd_tools import configure_simulator

    configure_simulator(p)


#: The scopes `doctor --optional-scope` accepts (tests keep it equal to DOCTOR_SCOPES).
DOCTOR_SCOPE_CHOICES = (
    "session:open",
    "session:close",
    "invoke:read",
    "invoke:write",
    "events:read",
    "metadata:read",
)


def _descriptor_set_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--descriptor-set",
        metavar="FILE",
        type=non_empty,
        help="compare this FileDescriptorSet instead of asking the gateway by reflection",
    )


def _contract_pull_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        type=non_empty,
        help="where to write the gateway's FileDescriptorSet",
    )


def _doctor_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--item", metavar="TAG", type=non_empty, help="also read this tag")
    _descriptor_set_arg(p)
    p.add_argument(
        "--optional-scope",
        action="append",
        default=[],
        metavar="SCOPE",
        choices=DOCTOR_SCOPE_CHOICES,
        help="a missing SCOPE is a warning, not a failure; repeatable",
    )
    p.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--watch-seconds",
        metavar="SECONDS",
        type=seconds,
        default=3.0,
        help="how long the watch part runs (default 3)",
    )


_S = "--session-id <id>"
_EP = "--endpoint localhost:5000 --plaintext"

COMMANDS: tuple[Command, ...] = (
    Command(
        "version",
        "_cmd_info:version",
        "print the client, runtime and proto versions",
        ("mxgw-py version --json",),
        group="tools",
    ),
    Command(
        "open-session",
        "_cmd_session:open_session",
        "open a gateway session and print its id",
        (f"mxgw-py open-session {_EP} --json",),
        _open_session_args,
        group="session",
    ),
    Command(
        "close-session",
        "_cmd_session:close_session",
        "close a session and free its worker",
        (f"mxgw-py close-session {_S} --json",),
        _session,
        group="session",
    ),
    Command(
        "register",
        "_cmd_session:register",
        "register an MXAccess client; prints the server handle",
        (f"mxgw-py register {_S} --client-name python-client --json",),
        _register_args,
        group="session",
    ),
    Command(
        "unregister",
        "_cmd_session:unregister",
        "unregister a server handle",
        (f"mxgw-py unregister {_S} --server-handle 1 --json",),
        _server,
        group="session",
    ),
    Command(
        "add-item",
        "_cmd_session:add_item",
        "add an item; prints the item handle",
        (f"mxgw-py add-item {_S} --server-handle 1 --item Object.Attribute --json",),
        _add_item_args,
        group="items",
    ),
    Command(
        "remove-item",
        "_cmd_session:remove_item",
        "remove an item",
        (f"mxgw-py remove-item {_S} --server-handle 1 --item-handle 2 --json",),
        _item,
        group="items",
    ),
    Command(
        "advise",
        "_cmd_session:advise",
        "advise an item: its changes arrive on stream-events",
        (f"mxgw-py advise {_S} --server-handle 1 --item-handle 2 --json",),
        _item,
        group="items",
    ),
    Command(
        "unadvise",
        "_cmd_session:unadvise",
        "stop advising an item",
        (f"mxgw-py unadvise {_S} --server-handle 1 --item-handle 2 --json",),
        _item,
        group="items",
    ),
    Command(
        "write",
        "_cmd_session:write",
        "write a typed value to an item",
        (f"mxgw-py write {_S} --server-handle 1 --item-handle 2 --type int32 --value 123 --json",),
        _write_args,
        group="items",
    ),
    Command(
        "write2",
        "_cmd_session:write2",
        "write a typed value with a timestamp",
        (
            f"mxgw-py write2 {_S} --server-handle 1 --item-handle 2 --type double --value 1.5"
            " --timestamp 2024-01-01T00:00:00Z --json",
        ),
        _write2_args,
        group="items",
    ),
    Command(
        "write-secured",
        "_cmd_session:write_secured",
        "authenticate a user, then write as that user (password from env or prompt)",
        (
            f"OPERATOR_PASSWORD=... mxgw-py write-secured {_S} --server-handle 1 --item-handle 2"
            " --type double --value 50 --user operator --password-env OPERATOR_PASSWORD",
        ),
        _write_secured_args,
        group="items",
    ),
    Command(
        "read",
        "_cmd_session:read",
        "read the current values of items (bulk read)",
        ("mxgw-py read Tank01.Level Pump01.Speed --json",),
        _read_args,
        group="items",
    ),
    Command(
        "ping",
        "_cmd_session:ping",
        "ping a session's worker",
        (f"mxgw-py ping {_S} --json",),
        _session,
        group="session",
    ),
    Command(
        "session-state",
        "_cmd_session:session_state",
        "show a session's state, pending commands and lease",
        (f"mxgw-py session-state {_S} --json",),
        _session,
        group="session",
    ),
    Command(
        "worker-info",
        "_cmd_session:worker_info",
        "show a session's worker process",
        (f"mxgw-py worker-info {_S} --json",),
        _session,
        group="session",
    ),
    Command(
        "stream-events",
        "_cmd_events:stream_events",
        "stream a session's events (JSON lines with --json)",
        (
            f"mxgw-py stream-events {_S} --max-events 1 --json",
            f"mxgw-py stream-events {_S} --after 41 --timeout 10",
            f"mxgw-py stream-events {_S} --max-events 1 --resume   # run again: the next event",
        ),
        _stream_args,
        group="events",
    ),
    Command(
        "smoke",
        "_cmd_events:smoke",
        "open, register, add, advise, stream a few events, close; non-zero on any failure",
        (
            f"mxgw-py smoke {_EP} --item Object.Attribute --json",
            "mxgw-py smoke --endpoint gw.example.local:5001 --tls --ca-file ca.pem"
            " --api-key-env MXGATEWAY_API_KEY --item Object.Attribute --json",
        ),
        _smoke_args,
        group="events",
    ),
    Command(
        "watch",
        "_cmd_watch:watch",
        "live table of tag values (JSON lines with --json)",
        (
            "mxgw-py watch Tank01.Level Pump01.Speed",
            "mxgw-py watch Tank01.Level --max-events 5 --json",
        ),
        _watch_args,
        group="events",
    ),
    Command(
        "bridge",
        "_cmd_bridge:bridge",
        "publish tag values to an MQTT broker (needs mxgateway[mqtt])",
        (
            "mxgw-py bridge --broker localhost:1883 'Tank*.*'",
            "mxgw-py bridge --broker mqtts://broker:8883 --tags-file tags.txt --shard 1/2 --json",
            "mxgw-py bridge 'Tank*.*' --allow-write 'Tank*.SetPoint'",
        ),
        _bridge_args,
        group="events",
    ),
    Command(
        "alarms",
        "",
        "active alarms: list, stream, acknowledge",
        ("mxgw-py alarms list --json",),
        group="alarms",
        subcommands=(
            Command(
                "list",
                "_cmd_alarms:list_alarms",
                "list the active alarms",
                ("mxgw-py alarms list --prefix 'Galaxy!Plant.' --json",),
                _alarm_prefix,
            ),
            Command(
                "stream",
                "_cmd_alarms:stream_alarms",
                "stream the alarm feed: snapshot, then transitions",
                ("mxgw-py alarms stream --max-events 10 --json",),
                _alarm_stream_args,
            ),
            Command(
                "ack",
                "_cmd_alarms:ack_alarm",
                "acknowledge an alarm",
                (
                    "mxgw-py alarms ack 'Galaxy!Plant.Tank01.HiLevel' --comment seen"
                    " --operator alice --json",
                ),
                _alarm_ack_args,
            ),
        ),
    ),
    Command(
        "test-connection",
        "_cmd_galaxy:test_connection",
        "check that the gateway reaches the Galaxy Repository (exit 1 if not)",
        ("mxgw-py test-connection --json",),
        group="galaxy",
    ),
    Command(
        "last-deploy",
        "_cmd_galaxy:last_deploy",
        "show the time of the last Galaxy deploy",
        ("mxgw-py last-deploy --json",),
        group="galaxy",
    ),
    Command(
        "discover",
        "_cmd_galaxy:discover",
        "list the deployed object hierarchy (JSON, JSON lines or CSV)",
        (
            "mxgw-py discover --root Plant --max-depth 1 --jsonl",
            "mxgw-py discover --no-attributes --csv > objects.csv",
        ),
        _discover_args,
        group="galaxy",
    ),
    Command(
        "tree",
        "_cmd_galaxy:tree",
        "show the object hierarchy as a tree, fetched level by level",
        ("mxgw-py tree --depth 2", "mxgw-py tree Plant --attributes"),
        _tree_args,
        group="galaxy",
    ),
    Command(
        "browse",
        "_cmd_galaxy:browse",
        "list the direct children of an object (default: the top level)",
        ("mxgw-py browse Plant --json",),
        _browse_args,
        group="galaxy",
    ),
    Command(
        "find",
        "_cmd_galaxy:find",
        "find objects and attributes whose names match a glob",
        ("mxgw-py find 'Tank*.Level' --json",),
        _find_args,
        group="galaxy",
    ),
    Command(
        "watch-deploys",
        "_cmd_galaxy:watch_deploys",
        "stream Galaxy deploy events",
        ("mxgw-py watch-deploys --max-events 1 --json",),
        _watch_deploys_args,
        group="galaxy",
    ),
    Command(
        "doctor",
        "_cmd_checks:doctor",
        "check the setup row by row: network, TLS, key, scopes, health, contract, session, Galaxy",
        (
            "mxgw-py doctor",
            "mxgw-py doctor --endpoint gw.example.local:5001 --ca-file ca.pem --item Tank01.Level"
            " --json",
        ),
        _doctor_args,
        group="tools",
    ),
    Command(
        "contract",
        "",
        "compare the gateway's contract with this client's, or save it",
        ("mxgw-py contract check",),
        group="tools",
        subcommands=(
            Command(
                "check",
                "_cmd_checks:contract_check",
                "compare the gateway's descriptors (by reflection) with this client's; exit 1"
                " if wire-incompatible, 3 if unreachable or without reflection",
                (
                    "mxgw-py contract check --json",
                    "mxgw-py contract check --descriptor-set gateway.protoset",
                ),
                _descriptor_set_arg,
            ),
            Command(
                "pull",
                "_cmd_checks:contract_pull",
                "save the gateway's descriptor set (for MXGW_DESCRIPTOR_SET=FILE make proto)",
                ("mxgw-py contract pull --out gateway.protoset",),
                _contract_pull_args,
            ),
        ),
    ),
    Command(
        "services",
        "_cmd_info:services",
        "list the services and RPCs this client speaks",
        ("mxgw-py services --json",),
        group="tools",
    ),
    Command(
        "completion",
        "_cmd_info:completion",
        "print a shell completion script",
        (
            'eval "$(mxgw-py completion bash)"',
            "mxgw-py completion fish > ~/.config/fish/completions/mxgw-py.fish",
        ),
        _completion_args,
        group="tools",
        global_options=False,
    ),
    Command(
        "simulator",
        "_cmd_tools:simulator",
        "run the built-in gateway simulator",
        ("mxgw-py simulator --port 5000",),
        _simulator_args,
        group="tools",
        global_options=False,
    ),
    Command(
        "demo",
        "_cmd_tools:demo",
        "start a simulator in-process and take a short tour",
        ("mxgw-py demo",),
        _demo_args,
        group="tools",
    ),
)

#: Help sections, in order: (group key, title).
GROUPS = (
    ("session", "sessions"),
    ("items", "items and values"),
    ("events", "events"),
    ("alarms", "alarms"),
    ("galaxy", "Galaxy Repository"),
    ("tools", "tools"),
)
