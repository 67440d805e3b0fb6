"""Where a bare figure's own sentence names what it counts: the noun it is said to be ("142 were
men"), the phrase after its "of" ("15 of the 20 suspects"), the subject of the verb that moves it
("Referrals rose by 120"), "the number of X", and the plural subject before "there were".
Small functions over parsed tokens, used by :class:`~pipeline.claims.elided_units.ElidedUnits`.

>>> from pipeline.nlp import shared
>>> doc = shared()("The number of people injured fell from 48 to 30.")
>>> number_of(doc[:], None), subject_unit(doc[7]), subject_unit(doc[7], plural=True)
('people', 'number', None)
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .ages import sentence_subject
from .bullet_lists import opening_plural

__all__ = ["existential", "figure_start", "number_of", "of_phrase", "predicate_noun", "previous_plural_subject",
           "subject_unit"]


def predicate_noun(tok: Token) -> str | None:
    """The plural noun a bare count is said to be: "142 were men" -> "men"; else None.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Of those arrested, 142 were men and 54 were women.")
    >>> predicate_noun(doc[4]), predicate_noun(doc[8])
    ('men', 'women')
    """
    doc = tok.doc
    i = tok.i + 1
    if i + 1 >= len(doc) or doc[i].lemma_ != "be" or doc[i].lower_ in ("being", "been"):
        return None
    if tok.i >= 1 and doc[tok.i - 1].lower_ in ("of", "the", "those", "these"):
        return None  # "Three of the six were motorcyclists": the six are the whole, the partitive decides
    for j in range(i + 1, min(len(doc), i + 4)):
        t = doc[j]
        if t.tag_ == "NNS" and t.is_lower:
            return doc[i + 1:j + 1].text
        if not (t.tag_ in ("JJ", "NN") and t.is_lower):
            return None
    return None


def figure_start(tok: Token, floor: int = 0) -> int:
    """The index of the first token of the number ending at ``tok`` ("1.2 million"), looking back at
    most four tokens and never before ``floor`` (a figure is never longer; a run of bare numbers is
    many figures).

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Losses reached 1.2 million last year.")
    >>> figure_start(doc[3])
    2
    """
    first = tok.i
    while first > floor and tok.i - first < 4 and tok.doc[first - 1].like_num:
        first -= 1
    return first


def existential(tok: Token) -> bool:
    """Is the number ``tok`` what "there were", "there have been" counts ("There were 1,065 in 2025")?

    >>> from pipeline.nlp import shared
    >>> doc = shared()("There were 1,065 in 2025, and there have been 812 so far this year.")
    >>> existential(doc[2]), existential(doc[11])
    (True, True)
    """
    doc = tok.doc
    first = figure_start(tok)
    words = [t.lower_ for t in doc[max(0, first - 3):first]]
    return bool(words) and words[-1] in ("were", "are", "was", "is", "been") and "there" in words


def previous_plural_subject(tok: Token) -> str | None:
    """The plural subject of the sentence before ``tok``'s ("Train burglaries have risen every year.
    There were 1,065 in 2025" -> "Train burglaries"), else None.

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Train burglaries have risen every year. There were 1,065 in 2025.")
    >>> previous_plural_subject(doc[9])
    'Train burglaries'
    """
    if tok.sent.start == 0:
        return None
    subj = sentence_subject(tok.doc[tok.sent.start - 1].sent)
    if subj is None or subj.tag_ != "NNS":
        return None
    left = [c for c in subj.lefts if c.dep_ in ("compound", "amod")]
    return tok.doc[(left[0].i if left else subj.i):subj.i + 1].text


def of_phrase(doc: Doc, tok: Token, sent: Span) -> str | None:
    """The noun phrase a partitive count takes its unit from, after "of" at ``tok.i + 1``: up to
    its noun, without the whole it is counted from or "the" ("15 of the 20 suspects" -> "suspects",
    "35m of its Echo devices last year" -> "its Echo devices").

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Officers arrested 15 of the 20 suspects on Tuesday.")
    >>> of_phrase(doc, doc[2], doc[:])
    'suspects'
    """
    nxt = doc[tok.i + 1]
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and tok.i + 2 <= pobj.i < min(sent.end, tok.i + 10):
        # "35m of its Echo devices last year": up to the noun; "15 of the 20 suspects": not the 20
        last = pobj.i
        while pobj.pos_ == "PROPN" and last + 1 < sent.end and doc[last + 1].pos_ == "NOUN" \
                and doc[last + 1].text[:1].islower():
            last += 1  # "two of their Medicare Advantage plans", parsed with "Advantage" as object
        while not doc[last].whitespace_ and last + 1 < sent.end and (doc[last + 1].is_alpha
                                                                      or doc[last + 1].text == "-"):
            last += 1  # "three of his co-conspirators", tokenised "co" "-" "conspirators"
        words = doc[tok.i + 2:last + 1]
        if len(words) > 1 and words[0].lower_ in ("the", "those", "these"):
            words = words[1:]  # "14 of the firearms": "firearms" (but "its Echo devices")
        figure = [t.like_num and t.whitespace_ or t.tag_ == "$" and t.i + 1 < len(doc) and doc[t.i + 1].like_num
                  for t in words]  # "15 of the 20 suspects", "Ten million of the $40 million penalty"
        return "".join(t.text_with_ws for t, num in zip(words, figure) if not num).strip()
    words = []
    for t in doc[tok.i + 2:min(sent.end, tok.i + 12)]:
        glued = not doc[t.i - 1].whitespace_ and (t.text == "-" or doc[t.i - 1].text == "-")  # "15-year-old"
        if t.is_punct and not glued or t.pos_ in ("ADP", "AUX", "CCONJ") \
                or not glued and sum(1 for w in words if w.whitespace_) >= 4:
            break
        words.append(t)
    if all(w.pos_ in ("DET", "PRON") or w.like_num for w in words):
        return None  # "Three of the six", "about 230 of them": what is said earlier
    return doc[words[0].i:words[-1].i + 1].text


def subject_unit(tok: Token, plural: bool = False) -> str | None:
    """The subject of the change verb a bare figure belongs to: "Collisions ... rose from three to 12";
    with ``plural``, only a plural noun ("Referrals rose by 120", not "The number rose by 120").

    >>> from pipeline.nlp import shared
    >>> doc = shared()("Injury crashes fell by 30 to 400 in July.")
    >>> subject_unit(doc[4], plural=True)
    'Injury crashes'
    """
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    # a plural noun opening a sentence is sometimes tagged as a verb ("Referrals/VBZ rose by 120")
    doc = tok.doc
    # ... or, opening a line, a proper noun ("• Homicides/NNP fell from 31 to 22")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and (c.pos_ == "NOUN" or c.tag_ == "VBZ" or opening_plural(c))), None)
    if subj is None or plural and subj.tag_ not in ("NNS", "VBZ") and not opening_plural(subj):
        return None
    left = [c for c in subj.lefts if c.dep_ in ("compound", "amod", "nmod")]
    conj = [c for c in subj.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i - subj.i <= 3]
    end = conj[0].i if conj else subj.i  # "Stop and searches rose by 6% to 41,372"
    of = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == end + 1
               and subj.tag_ == "NNS"), None)  # (not "The number of people")
    obj = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i == of.i + 1), None) if of else None
    if obj is not None:
        end = obj.i  # "Calls for service reached 241,300", "Reports of burglary rose to 500"
    return doc[(left[0].i if left else subj.i):end + 1].text


def number_of(sent: Span, before: int | None) -> str | None:
    """X in "the number of X" / "numbers of X" within ``sent`` (nearest before token ``before``).

    >>> from pipeline.nlp import shared
    >>> number_of(shared()("The number of closure orders has grown, with around 90 now in place.")[:], None)
    'closure orders'
    """
    found = None
    for t in sent:
        if before is not None and t.i >= before:
            break
        if t.lower_ in ("number", "numbers", "total") and t.i + 2 < sent.end and t.nbor().lower_ == "of":
            obj = [c for c in t.nbor().children if c.dep_ == "pobj"]
            if obj and obj[0].pos_ == "NOUN":
                o = obj[0]
                left = [c for c in o.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "DET"]
                first = left[0].i if left else o.i
                found = sent.doc[first:o.i + 1].text
    return found
