"""LaTeX source: the document body turned into lines. Macros the file defines with \\newcommand or
\\def are expanded (resume templates hide their structure in them), \\item and *item macros become
bullets, sectioning commands headings, tabular cells ' | '; comments and layout commands vanish.
Each line keeps the source line it starts on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..document import Document, Line
from ..errors import UnreadableError
from .normalize import clean

_SECTION_LEVEL = {"part": 1, "chapter": 1, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 3}
# Layout commands and how many braced arguments of theirs to drop; what follows them stays text.
_DROP_ARGUMENTS = {
    "vspace": 1,
    "hspace": 1,
    "setlength": 2,
    "addtolength": 2,
    "setcounter": 2,
    "includegraphics": 1,
    "label": 1,
    "ref": 1,
    "pagestyle": 1,
    "thispagestyle": 1,
    "titleformat": 5,
    "titlespacing": 4,
    "color": 1,
    "pagecolor": 1,
    "definecolor": 3,
    "geometry": 1,
    "newgeometry": 1,
    "usepackage": 1,
    "documentclass": 1,
    "input": 1,
    "fontsize": 2,
    "rule": 2,
    "raisebox": 1,
    "phantom": 1,
    "hphantom": 1,
    "vphantom": 1,
    "cite": 1,
    "bibliography": 1,
    "bibliographystyle": 1,
    "enlargethispage": 1,
    "hyphenation": 1,
    "captionsetup": 1,
    "setlist": 1,
    "newlength": 1,
    "renewcommand": 2,
    "newcommand": 2,
    "providecommand": 2,
    "newenvironment": 3,
    "renewenvironment": 3,
    "moderncvstyle": 1,
    "moderncvcolor": 1,
    "photo": 1,
    "textcolor": 1,
    "colorbox": 1,
    "fcolorbox": 2,
    "href": 1,
    "resizebox": 2,
    "scalebox": 1,
    "columnbreak": 0,
    "switchcolumn": 0,
}
# Environments whose own arguments (widths, column specs) are not text.
_ENVIRONMENT_ARGUMENTS = {"minipage": 1, "tabular": 1, "tabular*": 2, "tabularx": 2, "tabu": 1, "paracol": 1, "multicols": 1, "adjustbox": 1, "longtable": 1, "wrapfigure": 2}
# Environments that take no title: anything else with a short braced text first is a section of its class.
_PLAIN_ENVIRONMENTS = {
    "document",
    "itemize",
    "enumerate",
    "description",
    "center",
    "flushleft",
    "flushright",
    "list",
    "quote",
    "quotation",
    "abstract",
    "comment",
    "small",
    "footnotesize",
    "scriptsize",
    "large",
    "tabbing",
    "spacing",
    "singlespace",
    "onehalfspace",
    "samepage",
    "figure",
    "table",
}
_SECTION_TITLE = re.compile(r"[A-Za-z][A-Za-z &/,'-]{1,40}")
_ICON = re.compile(r"^(fa[A-Z]\w*|fa|faicon|Letter|Mobilefone|Telefon|Email|Envelope|Mundus|ding|Phone|github|linkedin|envelope|phone|mobile|homepage|icon\w*)$")
_TEXT_SYMBOLS = {
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": " ",
    ";": " ",
    "quad": " ",
    "qquad": " ",
    "textbar": "|",
    "textbullet": "•",
    "cdot": "·",
    "bullet": "•",
    "textendash": "–",
    "textemdash": "—",
    "ldots": "…",
    "dots": "…",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "textasciitilde": "~",
    "times": "×",
    "sim": "~",
    "textpipe": "|",
    "slash": "/",
    "newline": "\n",
    "linebreak": "\n",
    "par": "\n\n",
    "\\": "\n",
    "cr": "\n",
    "hline": "",
    "midrule": "",
    "toprule": "",
    "bottomrule": "",
}
_CONTROL_WORD = re.compile(r"\\([A-Za-z@]+)")
_MAX_EXPANSION = 200_000  # characters: a macro that expands forever is cut off, not followed


@dataclass
class _Macro:
    arguments: int
    body: str
    default: str | None = None


# Résumé classes define their entries in the class file, which is not in the .tex: what each prints, line
# by line ("title, organisation, place | dates", then the description). Numbers are argument positions.
_CLASS_ENTRIES: dict[str, dict[str, tuple[int, list[list[int | str]]]]] = {
    "moderncv": {
        "cventry": (6, [[2, 3, 4, "|", 1], [5], [6]]),
        "cvitem": (2, [[1, ":", 2]]),
        "cvitemwithcomment": (3, [[1, ":", 2, 3]]),
        "cvdoubleitem": (4, [[1, ":", 2], [3, ":", 4]]),
        "cvlistitem": (1, [["•", 1]]),
        "cvlistdoubleitem": (2, [["•", 1], ["•", 2]]),
        "cvline": (2, [[1, ":", 2]]),
    },
    "awesome-cv": {
        "cventry": (5, [[1, 2, 3, "|", 4], [5]]),
        "cvsubentry": (4, [[1, 2, "|", 3], [4]]),
        "cvhonor": (4, [[1, 2, 3, "|", 4]]),
        "cvskill": (2, [[1, ":", 2]]),
    },
}
# What such classes print at the top from the preamble: \name{First}{Last}, \title, \email, \phone ...
_HEADER_FIELDS = ("name", "firstname", "familyname", "title", "position", "email", "phone", "mobile", "address", "homepage", "social", "extrainfo")


_UNPRINTED = re.compile(r"\\begin\{comment\}.*?\\end\{comment\}|\\iffalse\b.*?\\fi\b", re.S)


def _strip_comments(source: str) -> str:
    """% comments, and the comment environment and \\iffalse blocks, which are never printed (their
    newlines stay, so line numbers still point at the source)."""
    source = "\n".join(re.sub(r"(?<!\\)%.*$", "", line) for line in source.split("\n"))
    return _UNPRINTED.sub(lambda m: "\n" * m.group().count("\n"), source)


def _group(text: str, start: int, open_: str = "{", close: str = "}") -> tuple[str, int] | None:
    """The balanced group starting at text[start] (after white space), and the index after it."""
    index = start
    while index < len(text) and text[index] in " \t\n":
        index += 1
    if index >= len(text) or text[index] != open_:
        return None
    depth = 0
    position = index
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2  # an escaped character (\{, \%) neither opens nor closes
            continue
        if char == open_:
            depth += 1
        elif char == close:
            depth -= 1
            if depth == 0:
                return text[index + 1 : position], position + 1
        position += 1
    return None


def _definitions(preamble_and_body: str) -> dict[str, _Macro]:
    macros: dict[str, _Macro] = {}
    pattern = re.compile(r"\\(?:re)?(?:new|provide)command\*?\s*\{?\\([A-Za-z@]+)\}?\s*(?:\[(\d)\])?\s*(?:\[([^\]]*)\])?")
    for match in pattern.finditer(preamble_and_body):
        body = _group(preamble_and_body, match.end())
        if body is not None:
            macros[match.group(1)] = _Macro(int(match.group(2) or 0), body[0], match.group(3))
    for match in re.finditer(r"\\def\\([A-Za-z@]+)((?:#\d)*)", preamble_and_body):
        body = _group(preamble_and_body, match.end())
        if body is not None:
            macros[match.group(1)] = _Macro(len(match.group(2)) // 2, body[0])
    return macros


def _expand(text: str, macros: dict[str, _Macro], depth: int = 0, calling: tuple[str, ...] = ()) -> str:
    """Replace calls of the file's own macros by their bodies, arguments filled in. `calling`: the macros
    whose bodies are being expanded; one that calls itself, directly or through others, expands without
    end in TeX too (nothing here evaluates the conditionals that could stop it), and is refused."""
    if depth > 12 or not macros:
        return text
    out: list[str] = []
    index = 0
    size = 0
    while index < len(text):
        match = _CONTROL_WORD.search(text, index)
        if match is None:
            out.append(text[index:])
            break
        out.append(text[index : match.start()])
        name = match.group(1)
        macro = macros.get(name)
        if macro is None:
            out.append(match.group())
            index = match.end()
            continue
        if name in calling:
            chain = calling[calling.index(name) :]
            loop = f"\\{name} calls itself" if len(chain) == 1 else " → ".join(f"\\{called}" for called in (*chain, name)) + " is a loop"
            raise UnreadableError(f"the LaTeX macros expand without end ({loop}); mlmatch stopped reading")
        position = match.end()
        arguments = []
        if macro.default is not None:
            optional = _group(text, position, "[", "]")
            if optional is not None:
                arguments.append(optional[0])
                position = optional[1]
            else:
                arguments.append(macro.default)
        while len(arguments) < macro.arguments:
            group = _group(text, position)
            if group is None:
                break
            arguments.append(group[0])
            position = group[1]
        body = macro.body
        for number, argument in enumerate(arguments, start=1):
            body = body.replace(f"#{number}", "{" + argument + "}")  # braces keep "\\small#3" two tokens
        # Keep the source line count: the newlines the call spanned stay after the expansion.
        expanded = _expand(body, macros, depth + 1, (*calling, name)).replace("\n", " ") + "\n" * text[match.start() : position].count("\n")
        size += len(expanded)
        if size > _MAX_EXPANSION:
            raise UnreadableError("the LaTeX macros expand without end; mlmatch stopped reading")
        out.append(expanded)
        index = position
    return "".join(out)


def _skip_arguments(body: str, index: int, count: int) -> int:
    """Skip `count` braced arguments and any optional [..] before, between or after them."""
    remaining = count
    while True:
        optional = _group(body, index, "[", "]")
        if optional is not None:
            index = optional[1]
            continue
        if remaining == 0:
            return index
        group = _group(body, index)
        if group is None:
            return index
        index = group[1]
        remaining -= 1


@dataclass
class _Place:
    """Where _render is: the source line it reads, the one the output line being built started on, and
    whether that output line is a bullet."""

    line: int
    start: int
    bullet: bool = False


def _render(body: str, first_line: int) -> list[tuple[int, str, int, bool]]:
    """Walk the expanded body: (source line, text, heading level, is bullet) per output line."""
    lines: list[tuple[int, str, int, bool]] = []
    current: list[str] = []
    state = _Place(first_line, first_line)

    def flush(heading: int = 0) -> None:
        text = clean("".join(current))
        if text and text != "|":
            lines.append((state.start, text.strip(" |").lstrip(": "), heading, state.bullet))
        current.clear()
        state.bullet = False
        state.start = state.line

    index = 0
    while index < len(body):
        char = body[index]
        if char == "\n":
            state.line += 1
            if body[index + 1 : index + 2] == "\n" or (current and not "".join(current).strip()):
                flush()
            else:
                current.append(" ")
            if not "".join(current).strip():
                state.start = state.line
            index += 1
            continue
        if char == "\\":
            match = re.match(r"\\([A-Za-z@]+\*?|.)", body[index:])
            name = match.group(1).rstrip("*") if match else ""
            index += match.end() if match else 1
            level = next((lvl for key, lvl in _SECTION_LEVEL.items() if name.lower().endswith(key)), 0)
            if level:
                optional = _group(body, index, "[", "]")
                index = optional[1] if optional else index
                group = _group(body, index)
                if group is not None:
                    flush()
                    current.append(" ".join(text for _, text, _, _ in _render(group[0], state.line)))
                    index = group[1]
                    flush(level)
                continue
            if name in ("begin", "end"):
                group = _group(body, index)
                flush()
                if group is not None:
                    index = group[1]
                    environment = group[0].strip()
                    if name == "begin":
                        index = _skip_arguments(body, index, _ENVIRONMENT_ARGUMENTS.get(environment, 0))
                    if name == "begin" and environment not in _ENVIRONMENT_ARGUMENTS and environment not in _PLAIN_ENVIRONMENTS:
                        title = _group(body, index)
                        if title is not None and _SECTION_TITLE.fullmatch(title[0].strip()):
                            # A class's own section environment: \begin{rSection}{Education}
                            current.append(title[0].strip())
                            index = title[1]
                            flush(1)
                continue
            if name.lower().endswith("item"):  # \item, \resumeItem, \cvitem
                flush()
                state.bullet = True
                optional = _group(body, index, "[", "]")
                if optional is not None and name == "item":
                    index = optional[1]
                continue
            if name in _TEXT_SYMBOLS:
                symbol = _TEXT_SYMBOLS[name]
                if "\n" in symbol:
                    optional = _group(body, index, "[", "]") if name == "\\" else None
                    index = optional[1] if optional else index  # \\[3pt]
                    flush()
                else:
                    current.append(symbol)
                continue
            if _ICON.match(name):
                group = _group(body, index)
                if group is not None and name.lower() in ("ding", "faicon", "icon", "fa"):
                    index = group[1]
                continue
            if name in _DROP_ARGUMENTS:
                index = _skip_arguments(body, index, _DROP_ARGUMENTS[name])
                continue
            optional = _group(body, index, "[", "]") if body[index : index + 1] == "[" else None
            index = optional[1] if optional else index  # \textls[400]{...}: the option is not text
            continue  # any other command: its name vanishes, its braced text stays
        if char in "{}":
            index += 1
            continue
        if char == "&":
            current.append(" | ")
        elif char == "~":
            current.append(" ")
        elif char == "$":
            pass
        elif body.startswith("---", index):
            current.append("—")
            index += 2
        elif body.startswith("--", index):
            current.append("–")
            index += 1
        elif body.startswith("``", index) or body.startswith("''", index):
            current.append('"')
            index += 1
        else:
            current.append(char)
        index += 1
    flush()
    return lines


def _class_macros(document_class: str) -> dict[str, _Macro]:
    """The class's entry commands as macros whose bodies print each line as the class does."""
    macros = {}
    for name, (arguments, lines) in _CLASS_ENTRIES.get(document_class, {}).items():
        printed = []
        for fields in lines:
            bullet = "\\item " if "•" in fields else ""
            pieces = [f"\\mlmatchfield{{#{f}}}" if isinstance(f, int) else {"|": " \\textbar{} ", ":": ": "}.get(f, "") for f in fields if f != "•"]
            printed.append(bullet + "".join(pieces))
        macros[name] = _Macro(arguments, " \\\\ ".join(printed) + " \\\\ ", None)
    return macros


_FIELD = "\\mlmatchfield"


def _join_fields(text: str) -> str:
    """Runs of a class entry's fields, empty ones dropped, joined by commas; a label or a date separator
    beside an empty field dropped with it."""
    out: list[str] = []
    index = 0
    while True:
        at = text.find(_FIELD, index)
        if at < 0:
            out.append(text[index:])
            break
        out.append(text[index:at])
        fields, position = [], at
        while text.startswith(_FIELD, position):
            group = _group(text, position + len(_FIELD))
            if group is None:
                break
            fields.append(group[0].strip())
            position = group[1]
            spaces = re.match(r"\s*", text[position:])
            assert spaces is not None  # \s* matches any text
            gap = spaces.end()
            if not text.startswith(_FIELD, position + gap):
                break
            position += gap
        out.append(", ".join(f for f in fields if f))
        index = position if position > at else at + len(_FIELD)
    joined = "".join(out)
    joined = re.sub(r"(^|\\\\)\s*(?::|\\textbar\{\})\s*", r"\1 ", joined)  # an empty label or title before it
    return re.sub(r"\s*(?::|\\textbar\{\})\s*(?=\\\\)", " ", joined)  # an empty date or text after it


def _class_header(preamble: str) -> list[Line]:
    """\\name{Oskar}{Brenning}, \\title{...}, \\email{...} as the lines a class prints at the top."""
    lines = []
    for match in re.finditer(r"\\(" + "|".join(_HEADER_FIELDS) + r")\b\s*(?:\[[^\]]*\])?", preamble):
        values, index = [], match.end()
        while True:
            group = _group(preamble, index)
            if group is None:
                break
            values.append(group[0])
            index = group[1]
        text = clean(" ".join(v for v in values if v.strip()))
        text = re.sub(r"\\[A-Za-z]+\s*", " ", text).strip()
        if text:
            lines.append(Line(text=clean(text), number=preamble[: match.start()].count("\n") + 1))
    return lines


def read_latex(path: Path, raw: str) -> Document:
    source = _strip_comments(raw.replace("\r\n", "\n"))
    begin = source.find("\\begin{document}")
    end = source.find("\\end{document}")
    if begin < 0:
        raise UnreadableError("a .tex file without \\begin{document}; mlmatch reads whole LaTeX documents")
    body = source[begin + len("\\begin{document}") : end if end > begin else len(source)]
    first_line = source[:begin].count("\n") + 1
    document_class = re.search(r"\\documentclass(?:\[[^\]]*\])?\{([^}]*)\}", source[:begin])
    macros = _class_macros(document_class.group(1).strip() if document_class else "")
    macros.update(_definitions(source[:begin] + body))
    expanded = _join_fields(_expand(body, macros))
    header = _class_header(source[:begin]) if document_class and document_class.group(1).strip() in _CLASS_ENTRIES else []
    lines = header + [Line(text=text, number=number, heading=heading, bullet=bullet) for number, text, heading, bullet in _render(expanded, first_line)]
    if not lines:
        raise UnreadableError("the LaTeX document has no text")
    return Document(path=str(path), format="latex", lines=tuple(lines))
