"""Static shell completion scripts for bash, zsh and fish, generated from the argparse parser.

The parser is walked once into a small model (command paths, their options, which options take
a value, fixed value lists such as --type), and each shell gets a script rendered from it.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from mxgateway.cli._flags import TYPE_CHOICES
from mxgateway.cli._parser import build_parser

__all__ = ["CompletionModel", "Option", "model", "script"]

PROG = "mxgw-py"
_FILE_OPTIONS = {"--ca-file"}


@dataclass(frozen=True, slots=True)
class Option:
    """One flag: its spellings, whether it takes a value, and the values it accepts."""

    strings: tuple[str, ...]
    help: str
    takes_value: bool
    values: tuple[str, ...] = ()


@dataclass(slots=True)
class CommandNode:
    """One command path (e.g. "alarms list"): its options, subcommands and positional values."""

    path: str
    help: str
    options: list[Option] = field(default_factory=list)
    subcommands: list[tuple[str, str]] = field(default_factory=list)
    values: tuple[str, ...] = ()


@dataclass(slots=True)
class CompletionModel:
    """Every command path of the parser, keyed by path ("" is the top level)."""

    nodes: dict[str, CommandNode]

    @property
    def value_options(self) -> list[str]:
        """Every flag spelling that consumes the next word."""
        names = {
            s
            for node in self.nodes.values()
            for o in node.options
            if o.takes_value
            for s in o.strings
        }
        return sorted(names)

    @property
    def fixed_values(self) -> dict[str, tuple[str, ...]]:
        """Flags with a fixed list of values (e.g. --type)."""
        found: dict[str, tuple[str, ...]] = {}
        for node in self.nodes.values():
            for option in node.options:
                if option.values:
                    for s in option.strings:
                        found[s] = option.values
        return dict(sorted(found.items()))


def _walk(
    parser: argparse.ArgumentParser, path: str, help_text: str, into: dict[str, CommandNode]
) -> None:
    node = CommandNode(path, help_text)
    into[path] = node
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, child in action.choices.items():
                text = helps.get(name) or child.description or ""
                node.subcommands.append((name, text))
                _walk(child, f"{path} {name}".strip(), text, into)
        elif action.option_strings:
            values: tuple[str, ...] = ()
            if action.dest == "type":
                values = TYPE_CHOICES
            elif action.choices is not None:
                values = tuple(str(c) for c in action.choices)
            node.options.append(
                Option(
                    tuple(action.option_strings),
                    "" if action.help in (None, argparse.SUPPRESS) else str(action.help),
                    action.nargs != 0,
                    values,
                )
            )
        elif action.choices is not None:
            node.values = tuple(str(c) for c in action.choices)


def model(parser: argparse.ArgumentParser | None = None) -> CompletionModel:
    """The completion model of `parser` (default: the mxgw-py parser)."""
    nodes: dict[str, CommandNode] = {}
    _walk(parser or build_parser(), "", "", nodes)
    return CompletionModel(nodes)


def _words(node: CommandNode) -> str:
    return " ".join([name for name, _ in node.subcommands] + list(node.values))


def _flags(node: CommandNode) -> str:
    return " ".join(s for o in node.options for s in o.strings if s.startswith("--"))


def _transitions(m: CompletionModel) -> list[tuple[str, str, str]]:
    return [
        (path, name, f"{path} {name}".strip())
        for path, node in m.nodes.items()
        for name, _ in node.subcommands
    ]


def _sq(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _bash(m: CompletionModel) -> str:
    steps = "\n".join(
        f"            {_sq(f'{path}:{name}')}) path={_sq(target)} ;;"
        for path, name, target in _transitions(m)
    )
    fixed = "\n".join(
        f'        {flag}) COMPREPLY=($(compgen -W {_sq(" ".join(values))} -- "$cur")); return ;;'
        for flag, values in m.fixed_values.items()
    )
    files = "|".join(sorted(_FILE_OPTIONS))
    others = "|".join(
        o for o in m.value_options if o not in m.fixed_values and o not in _FILE_OPTIONS
    )
    per_path = "\n".join(
        f"        {_sq(path)}) words={_sq(_words(node))}; flags={_sq(_flags(node))} ;;"
        for path, node in m.nodes.items()
    )
    return f"""# bash completion for {PROG}; load with: eval "$({PROG} completion bash)"
_mxgw_py() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local value_opts=" {" ".join(m.value_options)} "
    local path="" i w words="" flags=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        w="${{COMP_WORDS[i]}}"
        if [[ "$value_opts" == *" $w "* ]]; then ((i++)); continue; fi
        [[ "$w" == -* ]] && continue
        case "$path:$w" in
{steps}
        esac
    done
    case "$prev" in
{fixed}
        {files}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        {others}) return ;;
    esac
    case "$path" in
{per_path}
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$flags" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    fi
}}
complete -o default -F _mxgw_py {PROG}
"""


def _zsh_describe(node: CommandNode) -> str:
    items = [f"{name.replace(':', chr(92) + ':')}:{text}" for name, text in node.subcommands]
    items += list(node.values)
    return " ".join(_sq(i) for i in items)


def _zsh(m: CompletionModel) -> str:
    steps = "\n".join(
        f"      ({_sq(f'{path}:{name}')}) path={_sq(target)} ;;"
        for path, name, target in _transitions(m)
    )
    fixed = "\n".join(
        f"    ({flag}) compadd -- {' '.join(values)}; return ;;"
        for flag, values in m.fixed_values.items()
    )
    files = "|".join(sorted(_FILE_OPTIONS))
    others = "|".join(
        o for o in m.value_options if o not in m.fixed_values and o not in _FILE_OPTIONS
    )
    per_path = "\n".join(
        f"    ({_sq(path)}) cmds=({_zsh_describe(node)}); opts=({_flags(node)}) ;;"
        for path, node in m.nodes.items()
    )
    return f"""#compdef {PROG}
# zsh completion for {PROG}; load with: eval "$({PROG} completion zsh)" (after compinit)
_mxgw_py() {{
  local -a value_opts cmds opts
  value_opts=({" ".join(m.value_options)})
  local path="" i w
  for (( i = 2; i < CURRENT; i++ )); do
    w=${{words[i]}}
    if (( ${{value_opts[(Ie)$w]}} )); then (( i++ )); continue; fi
    [[ $w == -* ]] && continue
    case "$path:$w" in
{steps}
    esac
  done
  case ${{words[CURRENT-1]}} in
{fixed}
    ({files}) _files; return ;;
    ({others}) return ;;
  esac
  case "$path" in
{per_path}
  esac
  if [[ ${{words[CURRENT]}} == -* ]]; then
    compadd -- $opts
  elif (( ${{#cmds}} )); then
    _describe -t commands command cmds
  else
    _files
  fi
}}
if [[ ${{zsh_eval_context[-1]}} == loadautofunc ]]; then
  _mxgw_py "$@"
else
  compdef _mxgw_py {PROG}
fi
"""


def _fish_condition(path: str, m: CompletionModel) -> str:
    if not path:
        top = " ".join(name for name, _ in m.nodes[""].subcommands)
        return f"not __fish_seen_subcommand_from {top}"
    parts = path.split()
    condition = "; and ".join(f"__fish_seen_subcommand_from {p}" for p in parts)
    node = m.nodes[path]
    if node.subcommands:
        below = " ".join(name for name, _ in node.subcommands)
        condition += f"; and not __fish_seen_subcommand_from {below}"
    return condition


def _fish(m: CompletionModel) -> str:
    lines = [
        f"# fish completion for {PROG}; save as ~/.config/fish/completions/{PROG}.fish",
        f"complete -c {PROG} -f",
    ]
    shared = {s for o in m.nodes[""].options for s in o.strings}
    for path, node in m.nodes.items():
        # Options every command shares are declared once, without a condition.
        condition = _sq(_fish_condition(path, m)) if path else ""
        for name, text in node.subcommands:
            lines.append(
                f"complete -c {PROG} -n {_sq(_fish_condition(path, m))} -a {_sq(name)} -d {_sq(text)}"
            )
        if node.values:
            lines.append(
                f"complete -c {PROG} -n {_sq(_fish_condition(path, m))} -a {_sq(' '.join(node.values))}"
            )
        for option in node.options:
            longs = [s[2:] for s in option.strings if s.startswith("--")]
            if not longs or (path and set(option.strings) <= shared):
                continue
            flags = " ".join(f"-l {name}" for name in longs)
            if option.values:
                kind = f" -x -a {_sq(' '.join(option.values))}"
            elif option.strings[0] in _FILE_OPTIONS:
                kind = " -r -F"
            elif option.takes_value:
                kind = " -x"
            else:
                kind = ""
            help_text = f" -d {_sq(option.help)}" if option.help else ""
            where = f" -n {condition}" if condition and not set(option.strings) <= shared else ""
            lines.append(f"complete -c {PROG}{where} {flags}{kind}{help_text}")
    return "\n".join(lines) + "\n"


_RENDERERS = {"bash": _bash, "zsh": _zsh, "fish": _fish}


def script(shell: str, parser: argparse.ArgumentParser | None = None) -> str:
    """The completion script for `shell` ("bash", "zsh" or "fish")."""
    return _RENDERERS[shell](model(parser))
