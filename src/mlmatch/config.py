"""The configuration: `.mlmatch.toml`, or `[tool.mlmatch]` in `pyproject.toml`, the first found from the
current folder upward; the command line over it; the options' defaults under both.

Every key is a long option of the command, named as it is spelled there (`target`, `min-coverage`,
`fail-on`, ...), and is checked by that option's own type and callback, so a value the command line
refuses is refused here too. Paths are relative to the file's folder. Four keys have no option: `ignore`
(codes, or prefixes such as "MM2"), `ignore-concepts` (concept ids), `allow` (tables of `code` and
`text`) and `severity` (a table of code = "error" | "warning" | "note"). An unknown key or a bad value
is one error naming the file and the key."""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from .errors import MlmatchError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = ".mlmatch.toml"
PYPROJECT = "pyproject.toml"
# Options that do something once rather than set how mlmatch checks: never read from a file.
NOT_CONFIGURABLE = {"show_text", "show_config", "resume_run", "help", "version"}
EXTRA_KEYS = ("ignore", "ignore-concepts", "allow", "severity")
COMMAND_LINE, DEFAULT = "command line", "default"
_CODE_PREFIX = re.compile(r"MM\d{0,3}")
SEVERITIES = ("error", "warning", "note")


class ConfigError(MlmatchError):
    """A config file that cannot be used: says which file and which key."""


@dataclass(frozen=True)
class ConfigFile:
    path: Path
    values: Mapping[str, Any]

    @property
    def name(self) -> str:
        return f"{self.path} [tool.mlmatch]" if self.path.name == PYPROJECT else str(self.path)

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.name}: {key}: {problem}")


@dataclass(frozen=True)
class Resolved:
    """Every setting's value (by the option's parameter name, and the extra keys by theirs) and where
    it came from: 'command line', the config file, or 'default'."""

    values: Mapping[str, Any]
    sources: Mapping[str, str]
    file: ConfigFile | None = None
    keys: tuple[tuple[str, str], ...] = field(default=())  # (key, parameter name) in the command's order

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read: {error.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def find_config(start: Path | None = None) -> ConfigFile | None:
    """`.mlmatch.toml`, or a `pyproject.toml` with a [tool.mlmatch] table, in `start` (default: the
    current folder) or the nearest folder above it that has one."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return ConfigFile(candidate, _load(candidate))
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            tool = _load(pyproject).get("tool", {})
            if isinstance(tool, dict) and "mlmatch" in tool:
                table = tool["mlmatch"]
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.mlmatch] must be a table")
                return ConfigFile(pyproject, table)
    return None


def option_keys(command: click.Command) -> list[tuple[str, click.Option]]:
    """(key, option) for each option a config file may set: the key is its first long name."""
    keys = []
    for param in command.params:
        if not isinstance(param, click.Option) or param.name in NOT_CONFIGURABLE:
            continue
        long_names = [name for name in param.opts if name.startswith("--")]
        if long_names:
            keys.append((long_names[0][2:], param))
    return keys


def _expected(param: click.Option) -> tuple[type, ...]:
    """The TOML value types an option takes (a date only as text would be: --as-of)."""
    if isinstance(param.type, click.types.BoolParamType) or param.is_flag:
        return (bool,)
    if isinstance(param.type, click.types.IntParamType):
        return (int,)
    if isinstance(param.type, click.types.FloatParamType):
        return (int, float)
    return (str, date)


def _from_file(key: str, param: click.Option, raw: Any, file: ConfigFile, ctx: click.Context) -> Any:
    def one(value: Any) -> Any:
        allowed = _expected(param)
        if isinstance(value, bool) and bool not in allowed or not isinstance(value, allowed):
            wanted = {bool: "true or false", int: "a whole number", float: "a number"}.get(allowed[-1], "a string")
            raise file.error(key, f"must be {wanted}, not {json.dumps(value, default=str)}")
        if isinstance(value, date):
            value = value.isoformat()
        if isinstance(param.type, click.Path) and value != "-":
            value = str(file.path.parent / value)
        return value

    if param.multiple:
        if not isinstance(raw, list):
            raise file.error(key, "must be a list")
        value: Any = tuple(one(item) for item in raw)
    else:
        if isinstance(raw, (list, dict)):
            raise file.error(key, "must be a single value, not a list or table")
        value = one(raw)
    try:
        return param.process_value(ctx, value)
    except click.BadParameter as error:
        raise file.error(key, error.message) from None


def _strings(file: ConfigFile, key: str, raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str) and item for item in raw):
        raise file.error(key, "must be a list of strings")
    return tuple(raw)


def _extra(file: ConfigFile, key: str, raw: Any, codes: tuple[str, ...]) -> Any:
    """ignore, ignore-concepts, allow, severity: checked against the codes mlmatch has."""
    if key == "ignore-concepts":
        return _strings(file, key, raw)
    if key == "ignore":
        prefixes = _strings(file, key, raw)
        for prefix in prefixes:
            if not _CODE_PREFIX.fullmatch(prefix) or not any(code.startswith(prefix) for code in codes):
                raise file.error(key, f"{prefix!r} is not a mlmatch code or the start of one (see the README's findings table)")
        return prefixes
    if key == "allow":
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            raise file.error(key, 'must be a list of tables like {code = "MM101", text = "Responsible for"}')
        entries = []
        for item in raw:
            if set(item) != {"code", "text"} or not isinstance(item["text"], str) or not item["text"].strip():
                raise file.error(key, f"each entry has a code and a non-empty text, and nothing else: {json.dumps(item, default=str)}")
            if item["code"] not in codes:
                raise file.error(key, f"{item['code']!r} is not a mlmatch code")
            entries.append((item["code"], item["text"]))
        return tuple(entries)
    if not isinstance(raw, dict):
        raise file.error(key, 'must be a table like {MM201 = "warning"}')
    for code, severity in raw.items():
        if code not in codes:
            raise file.error(key, f"{code!r} is not a mlmatch code")
        if severity not in SEVERITIES:
            raise file.error(key, f"{code} must be one of {', '.join(SEVERITIES)}, not {json.dumps(severity, default=str)}")
    return tuple(raw.items())


def resolve(ctx: click.Context, codes: tuple[str, ...], file: ConfigFile | None = None) -> Resolved:
    """The settings of this run: each option from the command line if given there, else from the config
    file if it sets it, else the option's default. `codes`: the finding codes mlmatch has."""
    keys = option_keys(ctx.command)
    known = {key for key, _ in keys} | set(EXTRA_KEYS)
    file_values: Mapping[str, Any] = file.values if file is not None else {}
    unknown = next((key for key in file_values if key not in known), None)
    if file is not None and unknown is not None:
        close = difflib.get_close_matches(unknown, sorted(known), n=1)
        raise file.error(unknown, "unknown key" + (f" (did you mean {close[0]!r}?)" if close else f"; the keys are the long options ({', '.join(k for k, _ in keys)}) and {', '.join(EXTRA_KEYS)}"))
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, param in keys:
        name = param.name or key
        given = ctx.get_parameter_source(name)
        # Every value the file sets is checked, even one the command line overrides: a bad file must not
        # pass only because today's command happens to say otherwise.
        in_file = _from_file(key, param, file_values[key], file, ctx) if key in file_values and file is not None else None
        if given in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT, ParameterSource.PROMPT):
            values[name], sources[key] = ctx.params[name], COMMAND_LINE
        elif key in file_values and file is not None:
            values[name], sources[key] = in_file, file.name
        else:
            values[name], sources[key] = ctx.params[name], DEFAULT
    for key in EXTRA_KEYS:
        name = key.replace("-", "_")
        if key in file_values and file is not None:
            values[name], sources[key] = _extra(file, key, file_values[key], codes), file.name
        else:
            values[name], sources[key] = (), DEFAULT
    order = tuple((key, param.name or key) for key, param in keys) + tuple((key, key.replace("-", "_")) for key in EXTRA_KEYS)
    return Resolved(values, sources, file, order)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple) and value and all(isinstance(item, tuple) and len(item) == 2 for item in value):
        return value_table(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def value_table(pairs: tuple[tuple[str, str], ...]) -> str:
    return "{" + ", ".join(f"{key} = {_toml(item)}" for key, item in pairs) + "}"


def describe(resolved: Resolved) -> str:
    """The merged settings as TOML, each with where it came from (mlmatch --show-config)."""
    where = resolved.file.name if resolved.file is not None else "no config file found from here upward"
    out = [f"# mlmatch settings: the command line, over {where}, over the defaults"]
    for key, name in resolved.keys:
        value = resolved.values[name]
        source = resolved.sources[key]
        if key == "allow":
            text = "[" + ", ".join(f"{{code = {_toml(code)}, text = {_toml(text)}}}" for code, text in value) + "]"
        elif key == "severity":
            text = value_table(value)
        else:
            text = "[]" if value == () else _toml(value)
        if value is None:
            out.append(f"# {key} = (not set)")
        else:
            out.append(f"{key} = {text}  # {source}")
    return "\n".join(out) + "\n"
