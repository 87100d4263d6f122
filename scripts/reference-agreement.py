#!/usr/bin/python3
"""Reference values for `spanwright diff` counts and `spanwright agree --json`.

Computed independently of Spanwright's TypeScript: the pairing of docs/format.md is
re-implemented here plainly (quadratic, no sweep), span precision/recall/F1 come
from scikit-learn, Cohen's kappa from scikit-learn, Krippendorff's alpha from
NLTK (AnnotationTask, binary distance = nominal).

    /usr/bin/python3 scripts/reference-agreement.py [PREFIX ...]

Each PREFIX names a fixture pair PREFIX-a.jsonl / PREFIX-b.jsonl and gets
PREFIX-reference.json beside it. Without arguments: every pair in
tests/fixtures/compare. Needs Debian's python3-sklearn and python3-nltk
(`apt-get install -y python3-sklearn python3-nltk`, for /usr/bin/python3).

Where the contract and the libraries name an undefined figure differently, the
contract wins and the mapping is explicit below (`undefined`):
- precision with no span of the label in B, recall with none in A: null
  (scikit-learn warns and returns zero_division); F1 is null when either is.
- kappa when both coders give every token one same value: null (scikit-learn: nan).
- alpha when every value of both coders is the same: null (NLTK returns 1.0).
"""
import glob
import json
import math
import os
import sys

import nltk
import sklearn
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance
from sklearn.metrics import cohen_kappa_score, f1_score, precision_score, recall_score

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', 'tests', 'fixtures', 'compare')
CLASSES = ['match', 'relabel', 'boundary', 'only_a', 'only_b']


def read(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def pair(spans_a, spans_b):
    """docs/format.md: exact matches, then relabels, then boundary pairs by largest overlap.
    Ties: earlier A span, then earlier B span, spans ordered by (start, end, label)."""
    order = lambda s: (s['start'], s['end'], s['label'], s['id'])
    A = sorted(spans_a, key=order)
    B = sorted(spans_b, key=order)
    a_free = [True] * len(A)
    b_free = [True] * len(B)
    pairs = []

    def link(cls, i, j):
        a_free[i] = b_free[j] = False
        pairs.append((cls, A[i], B[j]))

    for i, a in enumerate(A):
        for j, b in enumerate(B):
            if b_free[j] and (a['start'], a['end'], a['label']) == (b['start'], b['end'], b['label']):
                link('match', i, j)
                break
    for i, a in enumerate(A):
        if not a_free[i]:
            continue
        for j, b in enumerate(B):
            if b_free[j] and (a['start'], a['end']) == (b['start'], b['end']) and a['label'] != b['label']:
                link('relabel', i, j)
                break
    candidates = []
    for i, a in enumerate(A):
        for j, b in enumerate(B):
            overlap = min(a['end'], b['end']) - max(a['start'], b['start'])
            if a_free[i] and b_free[j] and a['label'] == b['label'] and overlap > 0:
                candidates.append((-overlap, i, j))
    for _, i, j in sorted(candidates):
        if a_free[i] and b_free[j]:
            link('boundary', i, j)
    pairs += [('only_a', a, None) for i, a in enumerate(A) if a_free[i]]
    pairs += [('only_b', None, b) for j, b in enumerate(B) if b_free[j]]
    return pairs


def undefined_or(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def span_scores(items):
    """items: (y_true, y_pred) per span; scikit-learn scores B's spans against A's."""
    y_true = [t for t, _ in items]
    y_pred = [p for _, p in items]
    p = precision_score(y_true, y_pred, zero_division=0) if sum(y_pred) else None
    r = recall_score(y_true, y_pred, zero_division=0) if sum(y_true) else None
    f = f1_score(y_true, y_pred, zero_division=0) if p is not None and r is not None else None
    return {'precision': undefined_or(p), 'recall': undefined_or(r), 'f1': undefined_or(f)}


def items_for(pairs, label, accepted):
    """One item per A span of the label (found or not), one per B span of it that no accepted pair took."""
    items = []
    for cls, a, b in pairs:
        if a is not None and a['label'] == label:
            items.append((1, 1 if cls in accepted else 0))
        if b is not None and b['label'] == label and cls not in accepted:
            items.append((0, 1))
    return items


def token_values(record, spans, label):
    return [1 if any(s['label'] == label and s['start'] < t_end and t_start < s['end'] for s in spans) else 0
            for t_start, t_end in record['tokens']]


def kappa(ya, yb):
    if len(set(ya) | set(yb)) < 2:
        return None  # scikit-learn: nan (0/0)
    return undefined_or(cohen_kappa_score(ya, yb))


def alpha(ya, yb):
    if len(set(ya) | set(yb)) < 2:
        return None  # NLTK returns 1.0 for a single value; the contract says undefined
    data = [('A', str(k), v) for k, v in enumerate(ya)] + [('B', str(k), v) for k, v in enumerate(yb)]
    return float(AnnotationTask(data=data, distance=binary_distance).alpha())


def mean(values):
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


def reference(prefix):
    side_a, side_b = read(prefix + '-a.jsonl'), read(prefix + '-b.jsonl')
    by_id_b = {r['id']: r for r in side_b}
    paired = [(r, by_id_b[r['id']]) for r in side_a if r['id'] in by_id_b]
    counts = dict.fromkeys(CLASSES, 0)
    all_pairs = []
    for ra, rb in paired:
        pairs = pair(ra['spans'], rb['spans'])
        for cls, _, _ in pairs:
            counts[cls] += 1
        all_pairs.append((ra, rb, pairs))
    labels = sorted({s['label'] for ra, rb, _ in all_pairs for s in ra['spans'] + rb['spans']})
    per_label = {}
    micro = {'exact': [], 'partial': []}
    for label in labels:
        figures = {}
        for kind, classes in (('exact', {'match'}), ('partial', {'match', 'boundary'})):
            items = [it for _, _, pairs in all_pairs for it in items_for(pairs, label, classes)]
            micro[kind] += items
            figures[kind] = span_scores(items)
        ya = [v for ra, rb, _ in all_pairs for v in token_values(ra, ra['spans'], label)]
        yb = [v for ra, rb, _ in all_pairs for v in token_values(ra, rb['spans'], label)]
        figures['kappa'] = kappa(ya, yb)
        figures['alpha'] = alpha(ya, yb)
        per_label[label] = figures
    agreement = {
        'documents': len(paired),
        'labels': per_label,
        'micro': {kind: span_scores(items) for kind, items in micro.items()},
        'mean_kappa': mean([f['kappa'] for f in per_label.values()]),
        'mean_alpha': mean([f['alpha'] for f in per_label.values()]),
    }
    return {
        'computed_with': {'scikit-learn': sklearn.__version__, 'nltk': nltk.__version__, 'python': sys.version.split()[0]},
        'documents': {'paired': len(paired), 'only_a': len(side_a) - len(paired), 'only_b': len(side_b) - len(paired)},
        'counts': counts,
        'agreement': agreement,
    }


def main(prefixes):
    if not prefixes:
        prefixes = sorted(p[:-len('-a.jsonl')] for p in glob.glob(os.path.join(FIXTURES, '*-a.jsonl')))
    for prefix in prefixes:
        out = prefix + '-reference.json'
        with open(out, 'w', encoding='utf-8') as f:
            json.dump(reference(prefix), f, indent=2, ensure_ascii=False)
            f.write('\n')
        print('wrote', os.path.relpath(out))


if __name__ == '__main__':
    main(sys.argv[1:])
