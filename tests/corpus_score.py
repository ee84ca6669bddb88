"""Score mlmatch's reading of structure against hand-made labels of real resumes.

    python tests/corpus_score.py FOLDER            # FOLDER holds the files and their labels.json
    python tests/corpus_score.py FOLDER --verbose  # also every labelled role and what was found for it

Not a test: the labelled folder holds real people's resumes and is never part of the repository. For
each labelled file it prints the roles found with both dates right, the error in years of professional
work, the bullets found, and the date used for "Present"; then the totals against the goals:

- roles (job, internship, research, founder) found with both dates right: >= 90%
- years of professional work within the label's tolerance: >= 90% of files
- bullets within 10% of the label: >= 90% of files
- no file that lists dated work read as 0 years

Each labelled role is paired with the found role whose title and organisation are most alike
(rapidfuzz), then its dates are compared at the label's precision ("2019-03", "2019", "present").
Years are counted the labels' way: jobs, founder time and postdocs, overlaps merged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

SCORED_KINDS = {"job", "internship", "research", "founder"}
GOALS = {"roles": 0.90, "years": 0.90, "bullets": 0.90}


def _same_date(label: str | None, found: str | None, current: bool) -> bool:
    if label is None:
        return found is None
    if label == "present":
        return current
    if found is None:
        return False
    return found[: len(label)] == label


def _pair_roles(labelled: list[dict], found: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each labelled role with the found role most like it (each found role used once)."""
    from rapidfuzz import fuzz

    def likeness(label: dict, role: dict) -> float:
        wanted = f"{label['title']} {label['org']}".lower()
        got = f"{role.get('title', '')} {role.get('organisation', '')}".lower()
        text = max(fuzz.token_set_ratio(wanted, got), fuzz.partial_ratio(label["org"].lower(), got) if label["org"] else 0)
        dates = _same_date(label["start"], role.get("start"), False) + _same_date(label["end"], role.get("end"), role.get("current", False))
        return text + 15 * dates

    candidates = sorted(((likeness(label, role), i, j) for i, label in enumerate(labelled) for j, role in enumerate(found)), reverse=True)
    paired: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in candidates:
        if score < 60 or i in paired or j in used:
            continue
        paired[i] = j
        used.add(j)
    return [(label, found[paired[i]] if i in paired else None) for i, label in enumerate(labelled)]


def score_file(path: Path, label: dict, verbose: bool, label_dates: bool = False) -> dict:
    from mlmatch import Options, analyze
    from mlmatch.errors import MlmatchError

    try:
        year, month = map(int, label["as_of"].split("-")[:2])
        report = analyze(path, Options(as_of=date(year, month, 1)) if label_dates else Options()).to_dict()
    except MlmatchError as error:
        return {"file": label["file"], "error": str(error), "scored_roles": sum(r["kind"] in SCORED_KINDS for r in label["roles"]), "headings_wanted": len(label["headings"])}
    experience = report["experience"]
    found_roles = experience["roles"]
    scored = [r for r in label["roles"] if r["kind"] in SCORED_KINDS]
    pairs = _pair_roles(scored, found_roles)
    right = sum(role is not None and _same_date(label["start"], role["start"], False) and _same_date(label["end"], role["end"], role["current"]) for label, role in pairs)
    years = experience["years"]
    bullets = sum(1 for b in report["bullets"] if b.get("kind", "bullet") == "bullet")
    as_of = report.get("as_of", {}).get("date", "")
    # Compared as the labels write them: case and spacing aside, without a trailing "(03/2019-EN CURSO)".
    found_headings = {" ".join(re.sub(r"\s*\([^)]*\d[^)]*\)\s*$", "", h).lower().split()) for h in _headings(path)}
    wanted = [" ".join(h.lower().split()) for h in label["headings"]]
    result = {
        "file": label["file"],
        "roles": (right, len(scored)),
        "years": (years, label["years_professional"], label["years_tolerance"]),
        "bullets": (bullets, label["bullets"]),
        "as_of": (as_of[:7], label["as_of"]),
        "level": (report["apparent_level"]["level"], label["acceptable"]),
        "headings": (sum(h in found_headings for h in wanted), len(wanted)),
    }
    if verbose:
        result["pairs"] = pairs
        paired = {id(role) for _, role in pairs if role is not None}
        result["unpaired"] = [role for role in found_roles if id(role) not in paired]
    return result


def _headings(path: Path) -> list[str]:
    """The headings mlmatch recognised, as written."""
    from mlmatch import Options
    from mlmatch.analysis import read_segments

    _, segments = read_segments(path, Options())
    return [p.line.text for p in segments.headings]


def _years_ok(years: tuple) -> bool:
    found, wanted, tolerance = years
    return abs(found - wanted) <= tolerance + 1e-9


def _bullets_ok(bullets: tuple) -> bool:
    found, wanted = bullets
    return abs(found - wanted) <= 0.1 * wanted + 1e-9


def _role_text(role: dict) -> str:
    dates = f"{role['start']}–{'present' if role['current'] else role['end']}"
    return f"{role['title']!r} @ {role['organisation']!r} {dates} {role.get('kind', '')}{'' if role.get('counted', True) else ' (not counted)'}"


def score_folder(folder: Path, verbose: bool = False, label_dates: bool = False) -> tuple[list[dict], dict]:
    """Each labelled file's scores, and the totals over the folder."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    results = [score_file(folder / label["file"], label, verbose, label_dates) for label in labels if (folder / label["file"]).exists()]
    totals = {"roles": [0, 0], "headings": [0, 0], "years": 0, "bullets": 0, "zero": 0, "as_of": 0, "level": 0, "files": 0}
    for r in results:
        totals["files"] += 1
        if "error" in r:
            totals["roles"][1] += r["scored_roles"]  # an unread file's roles count as not found
            totals["headings"][1] += r["headings_wanted"]
            continue
        totals["roles"][0] += r["roles"][0]
        totals["roles"][1] += r["roles"][1]
        totals["headings"][0] += r["headings"][0]
        totals["headings"][1] += r["headings"][1]
        totals["years"] += _years_ok(r["years"])
        totals["bullets"] += _bullets_ok(r["bullets"])
        totals["zero"] += r["years"][0] == 0 and r["years"][1] > r["years"][2]  # dated work that is more than a rounding away from 0
        totals["as_of"] += r["as_of"][0] == r["as_of"][1]
        totals["level"] += r["level"][0] in r["level"][1]
    return results, totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--label-dates", action="store_true", help="read 'Present' as the label's as_of (to see the rest of the reading apart from the date)")
    args = parser.parse_args(argv)
    results, totals = score_folder(args.folder, args.verbose, args.label_dates)
    print(f"{'file':<48} {'roles':>7} {'years':>13} {'bullets':>9} {'as of':>17} {'heads':>6} level")
    for r in results:
        if "error" in r:
            print(f"{r['file'][:48]:<48} error: {r['error']}")
            continue
        mark = lambda ok: " " if ok else "✗"  # noqa: E731
        years = f"{r['years'][0]:5.1f}/{r['years'][1]:<5.1f}{mark(_years_ok(r['years']))}"
        print(
            f"{r['file'][:48]:<48} {r['roles'][0]:>3}/{r['roles'][1]:<3} {years:>13} {r['bullets'][0]:>3}/{r['bullets'][1]:<3}{mark(_bullets_ok(r['bullets']))}"
            f" {r['as_of'][0] or '-':>7}/{r['as_of'][1]}{mark(r['as_of'][0] == r['as_of'][1])}"
            f" {r['headings'][0]:>2}/{r['headings'][1]:<2}{mark(r['headings'][0] == r['headings'][1])} {r['level'][0]}{mark(r['level'][0] in r['level'][1])}"
        )
        if args.verbose:
            for label, role in r["pairs"]:
                got = _role_text(role) if role else "not found"
                print(f"    {label['kind']:<10} {str(label['title'])[:30]!r} @ {str(label['org'])[:25]!r} {label['start']}–{label['end']}  ->  {got}")
            for role in r["unpaired"]:
                print(f"    {'(extra)':<10} {_role_text(role)}")
    files = totals["files"] or 1
    roles_share = totals["roles"][0] / max(1, totals["roles"][1])
    print()
    print(f"roles with both dates right  {totals['roles'][0]}/{totals['roles'][1]} ({roles_share:.0%}; goal {GOALS['roles']:.0%})")
    print(f"years within tolerance       {totals['years']}/{files} ({totals['years'] / files:.0%}; goal {GOALS['years']:.0%})")
    print(f"bullets within 10%           {totals['bullets']}/{files} ({totals['bullets'] / files:.0%}; goal {GOALS['bullets']:.0%})")
    print(f"files with dated work at 0 y {totals['zero']} (goal 0)")
    print(f"'Present' date right (month) {totals['as_of']}/{files}")
    print(f"headings found               {totals['headings'][0]}/{totals['headings'][1]}")
    print(f"level acceptable             {totals['level']}/{files}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
