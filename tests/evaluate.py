"""Measure mlmatch's judgments against hand-made labels.

    python tests/evaluate.py                     # the labelled set in tests/eval/
    python tests/evaluate.py --corpus FOLDER     # also real resumes labelled in FOLDER/labels.json
    python tests/evaluate.py --verbose           # every miss, file by file
    python tests/evaluate.py --set FOLDER        # another labelled set laid out as tests/eval/ (resumes/, postings/)
    python tests/evaluate.py --batch 2           # one writer's batch of the labels (tests/eval/README.md)

The labelled set (tests/eval/resumes/*.toml beside each resume, tests/eval/postings/*.toml beside each
posting) was written by hand before mlmatch ran on it. Printed: skill precision and recall, trap texts
reported as skills, level exact / acceptable / within one, the level confusion matrix, years MAE, outcome
precision / recall / F1 over the labelled bullets, posting level accuracy and posting concept recall, and
a reliability table for the level confidence. tests/test_eval.py holds every figure at the floor reached
(tests/eval/floors.toml), so none slides back.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, as the tomli package mlmatch depends on there
    import tomli as tomllib


EVAL = Path(__file__).resolve().parent / "eval"
LEVELS = ("junior", "mid", "senior", "staff", "principal")
GOALS = {
    "skill_precision": 0.97,
    "skill_recall": 0.93,
    "traps_reported": 0,
    "level_exact": 0.90,
    "level_within_one": 1.0,
    "years_mae": 0.5,
    "outcome_f1": 0.92,
    "calibration_gap": 0.10,
    "corpus_level_acceptable": 0.90,
}


@dataclass
class Metrics:
    files: int = 0
    skill_tp: int = 0
    skill_fp: int = 0
    skill_fn: int = 0
    traps: int = 0
    traps_reported: list[str] = field(default_factory=list)
    level_exact: int = 0
    level_acceptable: int = 0
    level_within_one: int = 0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    years_error: list[float] = field(default_factory=list)
    bullets: int = 0
    bullets_found: int = 0
    outcome_tp: int = 0
    outcome_fp: int = 0
    outcome_fn: int = 0
    confidence: list[tuple[float, bool]] = field(default_factory=list)
    postings: int = 0
    posting_level_right: int = 0
    posting_concepts: int = 0
    posting_concepts_found: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def skill_precision(self) -> float:
        return self.skill_tp / max(1, self.skill_tp + self.skill_fp)

    @property
    def skill_recall(self) -> float:
        return self.skill_tp / max(1, self.skill_tp + self.skill_fn)

    @property
    def outcome_precision(self) -> float:
        return self.outcome_tp / max(1, self.outcome_tp + self.outcome_fp)

    @property
    def outcome_recall(self) -> float:
        return self.outcome_tp / max(1, self.outcome_tp + self.outcome_fn)

    @property
    def outcome_f1(self) -> float:
        p, r = self.outcome_precision, self.outcome_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def years_mae(self) -> float:
        return sum(self.years_error) / max(1, len(self.years_error))

    def reliability(self, bins: int = 5) -> list[tuple[float, float, int, float]]:
        """(low, high, count, share right) per confidence bin."""
        table = []
        for b in range(bins):
            low, high = b / bins, (b + 1) / bins
            inside = [right for conf, right in self.confidence if low <= conf < high or (b == bins - 1 and conf == 1.0)]
            table.append((low, high, len(inside), sum(inside) / len(inside) if inside else float("nan")))
        return table

    @property
    def calibration_gap(self) -> float:
        """The largest gap between a bin's mean confidence and its share right (bins of 5 or more)."""
        gaps = []
        for low, high, count, right in self.reliability():
            if count >= 5:
                mean = sum(c for c, _ in self.confidence if low <= c < high or (high == 1.0 and c == 1.0)) / count
                gaps.append(abs(mean - right))
        return max(gaps, default=0.0)


def _norm(text: str) -> str:
    """Compared as mlmatch reads text: NFKC ('R²' is 'R2'), case and punctuation aside."""
    return " ".join(re.sub(r"[^\w%$.]+", " ", unicodedata.normalize("NFKC", text).lower()).split())


def _as_of(label: dict) -> date:
    year, month = map(int, str(label["as_of"]).split("-")[:2])
    return date(year, month, 1)


def evaluate_resumes(folder: Path, verbose: bool = False, batch: int | None = None) -> Metrics:
    from mlmatch import Options, analyze

    metrics = Metrics()
    for label_path in sorted(folder.glob("*.toml")):
        label = tomllib.loads(label_path.read_text(encoding="utf-8"))
        if batch is not None and label.get("batch") != batch:
            continue
        resume = next(p for p in label_path.parent.glob(label_path.stem + ".*") if p.suffix != ".toml")
        report = analyze(resume, Options(as_of=_as_of(label)))
        metrics.files += 1
        name = resume.name
        found = {s.concept.id for s in report.skills}
        gold = set(label["concepts"])
        metrics.skill_tp += len(found & gold)
        metrics.skill_fp += len(found - gold)
        metrics.skill_fn += len(gold - found)
        if found - gold:
            metrics.misses.append(f"{name}: false skills {sorted(found - gold)}")
        if gold - found:
            metrics.misses.append(f"{name}: missed skills {sorted(gold - found)}")
        source = resume.read_text(encoding="utf-8").splitlines()
        for trap in label.get("trap", []):
            metrics.traps += 1
            trap_lines = {n for n, text in enumerate(source, start=1) if trap["text"].lower() in text.lower()}
            hits = [h for s in report.skills if s.concept.id == trap["concept"] for h in s.hits if h.line in trap_lines]
            if hits:
                metrics.traps_reported.append(f"{name}: {trap['class']} '{trap['text']}' read as {trap['concept']}")
        predicted, wanted = report.apparent.level.id, label["level"]
        metrics.confusion[(wanted, predicted)] = metrics.confusion.get((wanted, predicted), 0) + 1
        metrics.level_exact += predicted == wanted
        metrics.level_acceptable += predicted in label["acceptable"]
        metrics.level_within_one += abs(LEVELS.index(predicted) - LEVELS.index(wanted)) <= 1
        metrics.confidence.append((report.apparent.confidence, predicted == wanted))
        if predicted not in label["acceptable"]:
            metrics.misses.append(f"{name}: level {predicted} ({report.apparent.confidence:.0%}), labelled {wanted} {label['acceptable']}")
        metrics.years_error.append(abs(report.experience.years - float(label["years"])))
        if abs(report.experience.years - float(label["years"])) > float(label.get("years_tolerance", 0.5)):
            metrics.misses.append(f"{name}: {report.experience.years} years, labelled {label['years']}")
        graded = {_norm(b.text): b.verdict for b in report.bullets}
        for bullet in label.get("bullet", []):
            metrics.bullets += 1
            verdict = graded.get(_norm(bullet["text"]))
            if verdict is None:
                verdict = next((v for text, v in graded.items() if _norm(bullet["text"]).startswith(text) or text.startswith(_norm(bullet["text"]))), None)
            if verdict is None:
                metrics.misses.append(f"{name}: bullet not graded: {bullet['text'][:70]}")
            else:
                metrics.bullets_found += 1
            positive, predicted_positive = bullet["verdict"] == "outcome", verdict == "outcome"
            metrics.outcome_tp += positive and predicted_positive
            metrics.outcome_fp += predicted_positive and not positive
            metrics.outcome_fn += positive and not predicted_positive
            if verdict is not None and verdict != bullet["verdict"]:
                metrics.misses.append(f"{name}: bullet {verdict}, labelled {bullet['verdict']}: {bullet['text'][:80]}")
    return metrics


def evaluate_postings(folder: Path, metrics: Metrics, batch: int | None = None) -> None:
    from mlmatch import Options
    from mlmatch.analysis import prepare_posting

    for label_path in sorted(folder.glob("*.toml")):
        label = tomllib.loads(label_path.read_text(encoding="utf-8"))
        if batch is not None and label.get("batch") != batch:
            continue
        posting_file = next(p for p in label_path.parent.glob(label_path.stem + ".*") if p.suffix != ".toml")
        posting = prepare_posting(posting_file, Options())
        metrics.postings += 1
        level = posting.level.id if posting.level is not None else None
        metrics.posting_level_right += level in label["acceptable"]
        if level not in label["acceptable"]:
            metrics.misses.append(f"{posting_file.name}: posting level {level} ({posting.level_reason}), labelled {label['acceptable']}")
        asked = {r.concept for r in posting.requirements}
        wanted = set(label.get("required", [])) | set(label.get("preferred", []))
        metrics.posting_concepts += len(wanted)
        metrics.posting_concepts_found += len(wanted & asked)


def evaluate_corpus(folder: Path) -> tuple[int, int, list[str]]:
    """Level acceptable on the labelled real resumes: (right, total, misses)."""
    from mlmatch import Options, analyze
    from mlmatch.errors import MlmatchError

    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    right, total, misses = 0, 0, []
    for label in labels:
        path = folder / label["file"]
        if not path.exists():
            continue
        total += 1
        try:
            report = analyze(path, Options())
        except MlmatchError as error:
            misses.append(f"{label['file']}: {error}")
            continue
        level = report.apparent.level.id
        right += level in label["acceptable"]
        if level not in label["acceptable"]:
            misses.append(f"{label['file']}: {level} ({report.apparent.confidence:.0%}), labelled {label['acceptable']}")
    return right, total, misses


def _print(metrics: Metrics, corpus: tuple[int, int, list[str]] | None, verbose: bool) -> None:
    n = max(1, metrics.files)
    print(f"labelled resumes            {metrics.files}, postings {metrics.postings}")
    print(f"skill precision             {metrics.skill_precision:.3f}  (goal ≥ {GOALS['skill_precision']})   {metrics.skill_fp} false")
    print(f"skill recall                {metrics.skill_recall:.3f}  (goal ≥ {GOALS['skill_recall']})   {metrics.skill_fn} missed")
    print(f"traps reported              {len(metrics.traps_reported)} of {metrics.traps}  (goal {GOALS['traps_reported']})")
    print(f"level exact                 {metrics.level_exact / n:.3f}  (goal ≥ {GOALS['level_exact']})")
    print(f"level acceptable            {metrics.level_acceptable / n:.3f}")
    print(f"level within one            {metrics.level_within_one / n:.3f}  (goal {GOALS['level_within_one']})")
    print(f"years MAE                   {metrics.years_mae:.2f}  (goal ≤ {GOALS['years_mae']})")
    print(f"bullets graded              {metrics.bullets_found} of {metrics.bullets}")
    print(f"outcome precision / recall  {metrics.outcome_precision:.3f} / {metrics.outcome_recall:.3f}")
    print(f"outcome F1                  {metrics.outcome_f1:.3f}  (goal ≥ {GOALS['outcome_f1']})")
    print(f"posting level               {metrics.posting_level_right} of {metrics.postings}")
    print(f"posting concepts found      {metrics.posting_concepts_found} of {metrics.posting_concepts}")
    print(f"confidence calibration gap  {metrics.calibration_gap:.2f}  (goal ≤ {GOALS['calibration_gap']}, bins of 5+)")
    print()
    print("level confusion (rows: labelled, columns: read as)")
    print("            " + " ".join(f"{level[:5]:>6}" for level in LEVELS))
    for wanted in LEVELS:
        print(f"{wanted:<11} " + " ".join(f"{metrics.confusion.get((wanted, got), 0):>6}" for got in LEVELS))
    print()
    print("reliability (confidence bin: resumes, share read exactly right)")
    for low, high, count, right in metrics.reliability():
        print(f"  {low:.1f}–{high:.1f}  {count:>3}  {right:.2f}" if count else f"  {low:.1f}–{high:.1f}    0     -")
    if corpus is not None:
        right, total, misses = corpus
        print()
        print(f"corpus level acceptable     {right} of {total} ({right / max(1, total):.0%}; goal ≥ {GOALS['corpus_level_acceptable']:.0%})")
        if verbose:
            print("\n".join("  " + m for m in misses))
    if metrics.traps_reported:
        print()
        print("traps reported:")
        print("\n".join("  " + t for t in metrics.traps_reported))
    if verbose and metrics.misses:
        print()
        print("misses:")
        print("\n".join("  " + m for m in metrics.misses))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a folder of real resumes with labels.json")
    parser.add_argument("--set", type=Path, default=EVAL, help="a labelled set laid out as tests/eval/ (default: that one)")
    parser.add_argument("--batch", type=int, help="only the labels of this batch (tests/eval/README.md: 1, 2 or 3)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    metrics = evaluate_resumes(args.set / "resumes", args.verbose, args.batch)
    evaluate_postings(args.set / "postings", metrics, args.batch)
    corpus = evaluate_corpus(args.corpus) if args.corpus else None
    _print(metrics, corpus, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
