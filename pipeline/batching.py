"""How releases are fed to spaCy: batches capped in tokens, each chunk in a memory zone.

spaCy's models hold their working arrays for a whole ``nlp.pipe`` batch at once,
about 15 KB per token for ``en_core_web_sm`` (a batch of 16 long releases, 30,000
tokens, briefly takes 450 MB). :func:`pipe` therefore cuts a chunk's docs into
batches of at most :data:`MAX_BATCH_TOKENS` tokens (a longer release runs alone);
the results are the same, as the models read each doc on its own, and the speed
too. :func:`memory_zone` frees the strings and lexemes a chunk added to the vocab.

Light on purpose (spaCy only): the throughput benchmark's bare-spaCy reference
feeds spaCy the same way.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> with memory_zone(nlp):
...     [len(doc) for doc in pipe(nlp, [nlp.make_doc("Two words"), nlp.make_doc("Three words here")])]
[2, 3]
"""
from __future__ import annotations

from contextlib import nullcontext
from typing import Iterable, Iterator, Sequence

MAX_BATCH_TOKENS = 4000  # ~60 MB of model arrays per batch; spaCy is no slower than with whole chunks


def token_batches(docs: Iterable[Sequence], budget: int = MAX_BATCH_TOKENS) -> Iterator[list]:
    """Consecutive runs of ``docs`` (anything with a length) of at most ``budget`` tokens in all;
    a doc longer than ``budget`` is a batch of its own.

    >>> [len(b) for b in token_batches(["ab", "ab", "abcdefg", "a"], budget=5)]
    [2, 1, 1]
    """
    batch: list = []
    size = 0
    for doc in docs:
        if batch and size + len(doc) > budget:
            yield batch
            batch, size = [], 0
        batch.append(doc)
        size += len(doc)
    if batch:
        yield batch


def pipe(nlp, docs: Iterable, budget: int = MAX_BATCH_TOKENS) -> Iterator:
    """``nlp.pipe(docs)`` in order, one batch per :func:`token_batches` run (tokenised ``Doc`` s or texts).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [d.text for d in pipe(nlp, ["One two.", "Three."], budget=2)]
    ['One two.', 'Three.']
    """
    for batch in token_batches((d if not isinstance(d, str) else nlp.make_doc(d) for d in docs), budget):
        yield from nlp.pipe(batch, batch_size=len(batch))


def memory_zone(nlp, enabled: bool = True):
    """``nlp.memory_zone()``: the strings and lexemes added inside are freed at its end.

    A context that does nothing when ``enabled`` is false or a zone is already open
    (spaCy's zones must not nest), so callers can wrap every chunk unconditionally.
    Nothing made inside (Doc, Token, Span, string hash) may be used after it.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> with memory_zone(nlp):
    ...     doc = nlp("Zorblax met Quixotl.")
    ...     "Zorblax" in nlp.vocab.strings
    True
    >>> "Zorblax" in nlp.vocab.strings
    False
    """
    if not enabled or nlp.vocab.in_memory_zone:
        return nullcontext()
    return nlp.memory_zone()
