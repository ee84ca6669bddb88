"""What silences a finding, and what is left: the config's policy (codes and concepts to ignore, `allow`
entries of a code and a text, severities changed) and comments in a text source.

A comment `mlmatch: ignore CODE[, CODE...]` (no code: every code) silences the findings on its own line;
alone on a line it silences the next line that holds text. `mlmatch: ignore-file CODE...` silences them
in the whole file, findings about the whole file (missing concepts, levels) included. It is written as
the format writes comments: `<!-- ... -->` in Markdown, `% ...` in LaTeX, `# ...` in YAML. A comment
that silenced nothing is itself a finding (MM001)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .rules import RULE_BY_CODE, Finding, Severity
from .source import Source

_DIRECTIVE = r"mlmatch:\s*(?P<scope>ignore-file|ignore)\b(?P<codes>[^\n]*?)"
_COMMENTS = {
    "markdown": re.compile(r"<!--\s*" + _DIRECTIVE + r"\s*-->"),
    "latex": re.compile(r"(?<!\\)%\s*" + _DIRECTIVE + r"\s*$"),
    "rendercv": re.compile(r"(?:^|\s)#\s*" + _DIRECTIVE + r"\s*$"),
    "jsonresume-yaml": re.compile(r"(?:^|\s)#\s*" + _DIRECTIVE + r"\s*$"),
}
_CODE = re.compile(r"MM\d{3}")


@dataclass(frozen=True)
class Allowed:
    """A config `allow` entry: findings of `code` whose subject (a bullet's text, a concept id) contains
    `text`, ignoring case. The way to silence a finding in a PDF or a Word file, which carry no comments."""

    code: str
    text: str

    def matches(self, finding: Finding) -> bool:
        return finding.code == self.code and _folded(self.text) in _folded(finding.subject)


@dataclass(frozen=True)
class Policy:
    ignore: tuple[str, ...] = ()  # codes, or their prefixes ("MM2" is every MM2xx)
    ignore_concepts: tuple[str, ...] = ()  # concept ids never reported missing
    allow: tuple[Allowed, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # code -> severity, over the rule's default

    def ignores(self, code: str) -> bool:
        return any(code.startswith(prefix) for prefix in self.ignore)


@dataclass(frozen=True)
class Comment:
    line: int  # where the comment is written
    column: int
    target: int | None  # the line it silences; None for ignore-file
    codes: tuple[str, ...]  # empty: every code
    text: str


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def comments(source: Source) -> list[Comment]:
    pattern = _COMMENTS.get(source.format)
    if pattern is None:
        return []
    found: list[tuple[int, int, str, tuple[str, ...], str, bool]] = []
    for number, text in enumerate(source.lines, start=1):
        for match in pattern.finditer(text):
            alone = not (text[: match.start()] + text[match.end() :]).strip()
            found.append((number, match.start() + 1, match.group("scope"), tuple(_CODE.findall(match.group("codes"))), match.group().strip(), alone))
    directive_lines = {number for number, *_, alone in found if alone}
    out = []
    for number, column, scope, codes, text, alone in found:
        target: int | None = number
        if scope == "ignore-file":
            target = None
        elif alone:
            target = next((n for n in range(number + 1, len(source.lines) + 1) if source.line(n).strip() and n not in directive_lines), None)
            if target is None:
                target = number  # nothing follows: it silences nothing, and says so
        out.append(Comment(number, column, target, codes, text))
    return out


def _silences(comment: Comment, finding: Finding) -> bool:
    if comment.codes and finding.code not in comment.codes:
        return False
    return comment.target is None or finding.line == comment.target


def settle(file: str, findings: list[Finding], policy: Policy, source: Source | None) -> list[Finding]:
    """The findings left after the policy and the source's comments, with columns found in the source,
    unused comments added as MM001, and severities as the policy sets them."""
    kept = [f for f in findings if not (f.code in ("MM201", "MM202", "MM203") and f.subject in policy.ignore_concepts) and not any(a.matches(f) for a in policy.allow)]
    if source is not None:
        kept = [replace(f, column=source.column(f.line, f.subject)) if f.line is not None and f.subject else f for f in kept]
        notes = comments(source)
        used: set[tuple[int, int, str]] = set()
        left = []
        for finding in kept:
            silencing = [c for c in notes if _silences(c, finding)]
            for comment in silencing:
                used.add((comment.line, comment.column, finding.code if comment.codes else ""))
            if not silencing:
                left.append(finding)
        kept = left + _unused(notes, used, file)
    severities = dict(policy.severity)
    order = {code: index for index, code in enumerate(RULE_BY_CODE)}
    kept.sort(key=lambda f: (f.line or 0, f.column if f.line else 0, order[f.code]))
    return [replace(f, severity=severities.get(f.code, f.severity)) for f in kept if not policy.ignores(f.code)]


def _unused(notes: list[Comment], used: set[tuple[int, int, str]], file: str) -> list[Finding]:
    unused = []
    for comment in notes:
        for code in comment.codes or ("",):
            if (comment.line, comment.column, code) in used:
                continue
            what = f"{code} " if code else ""
            where = "in this file" if comment.target is None else f"on line {comment.target}"
            unknown = "" if not code or code in RULE_BY_CODE else f" ({code} is not a mlmatch code)"
            unused.append(Finding(file, "MM001", RULE_BY_CODE["MM001"].severity, f"unused suppression: no {what}finding {where}{unknown}", comment.line, comment.column, 1, comment.line, comment.text))
    return unused
