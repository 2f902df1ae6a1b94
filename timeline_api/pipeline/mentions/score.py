"""TempEval-3 Task B scores for event mentions: span F1 (strict, relaxed) and attribute F1.

Gold and system mentions of a document are paired one to one: identical spans first,
then each remaining gold mention (in text order) takes the left-most unpaired system
mention it overlaps. Strict counts the identical pairs, relaxed all pairs; an
attribute's F1 is its accuracy on the relaxed pairs times relaxed F1 (what the
TempEval-3 scorer prints as "class F1"); pairs whose gold value is None are left out of
that accuracy.
"""
from __future__ import annotations

from collections import Counter


def align(gold: list, system: list) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index); items have ``start`` and ``end``."""
    pairs, used_gold, used_sys = [], set(), set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, s in enumerate(system):
        by_span.setdefault((s.start, s.end), []).append(j)
    for i, g in enumerate(gold):
        for j in by_span.get((g.start, g.end), []):
            if j not in used_sys:
                pairs.append((i, j))
                used_gold.add(i)
                used_sys.add(j)
                break
    for i in sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end)):
        if i in used_gold:
            continue
        g = gold[i]
        overlapping = [j for j, s in enumerate(system)
                       if j not in used_sys and min(g.end, s.end) > max(g.start, s.start)]
        if overlapping:
            j = min(overlapping, key=lambda j: (system[j].start, system[j].end))
            pairs.append((i, j))
            used_gold.add(i)
            used_sys.add(j)
    return pairs


class Tally:
    """Counts over documents; ``add`` one document's gold and system mentions."""

    def __init__(self, attributes: tuple[tuple[str, str], ...] = (("class", "cls"),)):
        # (name in the report, attribute on gold and system items)
        self.attributes = attributes
        self.counts: Counter = Counter()

    def add(self, gold: list, system: list) -> None:
        c = self.counts
        c["gold"] += len(gold)
        c["sys"] += len(system)
        for i, j in align(gold, system):
            g, s = gold[i], system[j]
            c["relaxed"] += 1
            c["strict"] += (g.start, g.end) == (s.start, s.end)
            for name, attr in self.attributes:
                if getattr(g, attr) is None:  # unknown in the gold data: not scored
                    continue
                c[name + "_n"] += 1
                c[name] += getattr(g, attr) == getattr(s, attr)

    def result(self) -> dict:
        c = self.counts

        def prf(tp: int) -> dict:
            p = tp / c["sys"] if c["sys"] else 0.0
            r = tp / c["gold"] if c["gold"] else 0.0
            return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

        out = {"gold": c["gold"], "sys": c["sys"], "strict": prf(c["strict"]), "relaxed": prf(c["relaxed"])}
        for name, _ in self.attributes:
            accuracy = c[name] / c[name + "_n"] if c[name + "_n"] else 0.0
            out[name] = {"accuracy": accuracy, "f1": accuracy * out["relaxed"]["f1"]}
        return out
