"""Which way a date without a year points, for ``claims_dates``: the tense of its clause.

:class:`DateTense` reads the clause that governs a date (from the date up to its verb, and up
through ``clause_climb_deps``: "is scheduled to be sentenced on"), its tense ("was arrested
Monday", "opens Monday"), the future markers in it or in the sentence ("will", "due to"), a
scheduling phrase before the date ("sentencing is set for"), a court appearance to come ("remanded
in custody to appear at Melbourne Magistrates' Court on") and a recurring marker ("every year in
November"). Word lists are those of ``models/patterns/dates.json``.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> nlp = shared()
    >>> doc = nlp(make_doc(nlp, "He was arrested in March and will be sentenced in August."))
    >>> tense = DateTense()
    >>> cues = [tense.future_cue(doc, doc.text.index(m), doc.text.lower()) for m in ("March", "August")]
    >>> cues, [tense.direction(doc, doc.text, doc.text.index(m), cue) for m, cue in zip(("March", "August"), cues)]
    ([False, True], [None, True])
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .base import doc_text, load_data
from .bullet_lists import item_header
from .date_text import alternation, word_before
from .reported_speech import report_lemmas, reported_would

__all__ = ["DateTense"]


class DateTense:
    """Reads the tense around a date, from the word lists in ``patterns``.

    >>> DateTense().scheduled_before("Sentencing is set for 9 May.", 22)
    True
    """

    def __init__(self, patterns: str = "patterns/dates.json"):
        data = load_data(patterns)
        self.months = dict(data["months"])
        self.recurring = [(w.strip(), re.compile(rf"(?<!\w){re.escape(w.strip())}(?!\w)", re.I))
                          for w in data["recurring_markers"]]  # "every year", "every " (then the next word)
        self.yearly_markers = set(data["yearly_recurring_markers"])
        self.yearly_words = set(data["yearly_recurring_words"])
        self.weekly_every_words = set(data["weekly_every_words_after"]) | set(data["weekdays"])
        self.clause_climb = set(data["clause_climb_deps"])
        self.subclause_deps = set(data["subclause_deps"])
        self.future = tuple(data["future_markers"])
        self.future_words_before = set(data["future_words_before"])
        self.past_words_before = set(data["past_words_before"])  # "Since Jan. 1, officers have made ..."
        self.report_verbs = report_lemmas()
        self.narrator_pronouns = set(data["reported_future_excluded_subjects"])
        self.future_phrase_before = re.compile(
            rf"(?i:\b(?:{alternation(data['future_phrases_before'])}))"
            rf"(?:\s+[\w’',.-]+){{0,{int(data['future_phrase_max_gap_words'])}}}\s+$")
        self.court_not_after = {w.lower() for w in data["court_appearance_not_after"]}
        name = r"[A-Z][\w’'.-]*"
        venue_words = rf"(?:[\w’'.&-]+\s+){{0,{int(data['court_venue_max_words'])}}}?"  # "Melbourne Magistrates'"
        venue = (rf"\s+(?:{alternation(data['court_venue_prepositions'])})\s+{venue_words}"
                 rf"(?:{alternation(data['court_venue_words'])})[’']?"
                 rf"(?:\s+of(?:\s+{name}){{1,3}})?(?:,?\s+in\s+{name}(?:\s+{name})?)?")
        self.court_date_before = re.compile(
            rf"(?:(?<![\w’'-])(?P<lead>[\w’'-]+)\s+)?"  # the word before "to": "failed to appear" is none
            rf"(?<!\w)(?i:{alternation(data['court_appearance_words_before'])})"
            rf"\s+(?i:{alternation(data['court_appearance_verbs'])})(?:{venue})?,?"
            rf"(?:\s+(?i:{alternation(data['court_date_prepositions'])}))?(?:\s+the)?\s+$")

    def direction(self, doc: Doc, text: str, start: int, cue: bool) -> bool | None:
        """Which way the date at ``start`` points from the publication date: True (ahead) with a
        future ``cue`` (:meth:`scheduled_before`, :meth:`future_cue`) or a word of
        ``future_words_before`` ("until", "by") in a sentence not told in the past; None (behind)
        in a sentence told in the past, unless "until", "till", "by" or "before" stands before
        it ("released on bail until 2 January"), and after a word of ``past_words_before``
        ("since"); else False (no sign either way).

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "He was arrested on 5 October and released on bail until 2 January."))
        >>> [DateTense().direction(doc, doc.text, doc.text.index(d), False) for d in ("5 October", "2 January")]
        [None, False]
        """
        before = word_before(text, start).lower()
        if self.looks_back(text, start) and not cue:
            return None  # "since" looks back from publication, whatever the tense
        future = cue or (before in self.future_words_before and not self._past_tense(doc, start))
        if not future and self._past_tense(doc, start) and before not in ("until", "till", "by", "before"):
            future = None  # the sentence is told in the past: a date without a year is before publication
        return future

    def looks_back(self, text: str, start: int) -> bool:
        """A word of ``past_words_before`` ("since") before the date at ``start``: it lies on or
        before publication.

        >>> DateTense().looks_back("Since Jan. 1, officers have made 412 arrests.", 6)
        True
        """
        return word_before(text, start).lower() in self.past_words_before

    def scheduled_before(self, text: str, start: int) -> bool:
        """A date fixed for an event to come, by the words just before it ("Sentencing is set
        for", "has been scheduled for", "listed for trial on", or a court appearance to come:
        :meth:`court_date`): it points to the future even in a sentence told in the past.

        >>> tense = DateTense()
        >>> text = "He pleaded guilty and sentencing has been set for Aug. 17. He was arrested on 4 May."
        >>> tense.scheduled_before(text, text.index("Aug.")), tense.scheduled_before(text, text.index("4 May"))
        (True, False)
        """
        window = text[max(0, start - 80):start].split("\n")[-1]
        return bool(self.future_phrase_before.search(window)) or self.court_date(text, start)

    def court_date(self, text: str, start: int) -> bool:
        """The date at ``start`` is that of a court appearance still to come: "to appear", "will
        appear", "to reappear" (``court_appearance_verbs`` after ``court_appearance_words_before``),
        then perhaps the court ("at Melbourne Magistrates' Court", "before magistrates", "in the
        Supreme Court of Victoria"), then the date, whatever the tense of the sentence ("Seven have
        been remanded in custody to appear ... on 2 December"); not after "failed" and the like
        (``court_appearance_not_after``), and not a past appearance ("He appeared at court on ...").

        >>> tense = DateTense()
        >>> texts = ["He was remanded in custody to appear at Melbourne Magistrates' Court on 2 December.",
        ...          "He failed to appear at court on 2 December.", "He appeared at court on 2 December."]
        >>> [tense.court_date(t, t.index("2 December")) for t in texts]
        [True, False, False]
        """
        window = text[max(0, start - 160):start].split("\n")[-1]
        m = self.court_date_before.search(window)
        return bool(m) and (m.group("lead") or "").lower() not in self.court_not_after

    def _past_tense(self, doc: Doc, char: int) -> bool:
        """A verb in the simple past anywhere in the sentence holding ``char``."""
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and any(t.tag_ == "VBD" for t in span[0].sent)

    def recurring_before(self, before: str, kind: str) -> bool:
        """A recurring marker in the sentence before a date without a year: "every year in
        November", "every Monday". A weekday recurs with any marker but a bare "every" that
        counts a noun ("every officer", "Every fire pulls a crew away, she said on Friday"): after
        a bare "every" it needs a weekday or one of ``weekly_every_words_after`` ("every Friday",
        "every other Tuesday", "every night"). A month, day or holiday recurs only with a yearly
        marker ("every year", "annually", "every November"), so "each weekend between Memorial
        Day and Labor Day" and "every officer ... by the end of March" stay single dates.

        >>> tense = DateTense()
        >>> tense.recurring_before("checks are carried out every year in ", "month")
        True
        >>> tense.recurring_before("officers patrol each weekend between ", "holiday")
        False
        >>> tense.recurring_before("surgeries run every other ", "weekday")
        True
        >>> tense.recurring_before('"every call matters," he said on ', "weekday")
        False
        """
        for marker, pattern in self.recurring:
            for m in pattern.finditer(before):
                word = re.match(r"\s*([a-z]+)", before[m.end():].lower()) if " " not in marker else None
                if kind == "weekday":
                    if word is None or word.group(1) in self.weekly_every_words:
                        return True  # "every week on Monday", "every Monday", "every other Tuesday"
                    continue  # "every officer": a noun counted, not a day repeated
                if marker in self.yearly_markers:
                    return True  # "every year in November"
                if word and (word.group(1) in self.months or word.group(1) in self.yearly_words):
                    return True  # "every November", "every Christmas"; not "every officer", "every month"
        return False

    def clause_text(self, doc: Doc, char: int) -> str | None:
        """The clause that governs the date at ``char``, lower-cased with spaces between tokens:
        from the date up to its verb, then up through ``clause_climb_deps`` ("is scheduled to be
        sentenced on") and from a verb with no subject or auxiliary of its own to the clause it
        hangs on ("will be arrested and charged in June", "will receive ... when sentenced on
        December 20"), without the clauses beside it that do not hold the date; None where no
        verb governs the date.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> tense = DateTense()
        >>> doc = nlp(make_doc(nlp, "He pleaded guilty in February and will be sentenced in June."))
        >>> tense.clause_text(doc, doc.text.index("February")), tense.clause_text(doc, doc.text.index("June"))
        ('he pleaded guilty in february and .', 'will be sentenced in june')
        """
        tokens = self.clause_tokens(doc, char)
        return None if tokens is None else " ".join(t.lower_ for t in tokens)

    def clause_tokens(self, doc: Doc, char: int) -> list | None:
        """The tokens of :meth:`clause_text`, in text order.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "He pleaded guilty in February and will be sentenced in June."))
        >>> [t.text for t in DateTense().clause_tokens(doc, doc.text.index("June"))]
        ['will', 'be', 'sentenced', 'in', 'June']
        """
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        date_tok = span[0]
        verb = next((t for t in date_tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        while verb.head.i != verb.i and (verb.dep_ in self.clause_climb or self._shares_tense(verb)):
            verb = verb.head
        return sorted(self._clause_tokens(verb, date_tok), key=lambda t: t.i)

    def _clause_tokens(self, head, date_tok) -> list:
        """``head``'s subtree without the clauses hung on it that do not hold ``date_tok``."""
        out = [head]
        for child in head.children:
            if child.dep_ in self.subclause_deps and child is not date_tok and not child.is_ancestor(date_tok):
                continue
            out.extend(self._clause_tokens(child, date_tok))
        return out

    def future_cue(self, doc: Doc, char: int, sentence: str) -> bool:
        """A future marker ("will", "is scheduled", "due to") governs the date at ``char``: it
        stands in the date's own clause, or elsewhere in the sentence while the date's clause
        is not told in the simple past ("pleaded guilty in February and is scheduled to be
        sentenced"; but "plans to hire ... and has cancelled days off on Labor Day").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> tense = DateTense()
        >>> doc = nlp(make_doc(nlp, "He pleaded guilty in February and is scheduled to be sentenced in June."))
        >>> [tense.future_cue(doc, doc.text.index(m), doc.text.lower()) for m in ("February", "June")]
        [False, True]
        """
        clause = self.clause_text(doc, char)
        if clause is not None and self._is_future(clause):
            return True
        header = item_header(doc_text(doc), char)
        if header is not None and header.endswith(":") and self._is_future(header[:-1]):
            return True  # "The department will:" then "- give officers a pay rise from January"
        if self.reported_future(doc, char):
            return True
        return self._is_future(sentence) and not self.told_in_past(doc, char, perfect=False)

    def reported_future(self, doc: Doc, char: int) -> bool:
        """The date at ``char`` is in a clause with "would" that a speech verb reports, the
        reported "will" of an announcement ("Mr Roe said his office would publish updates,
        starting in June"); not a person's reported intention in a case ("he said he would
        return in June": a ``reported_future_excluded_subjects`` pronoun).

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "Roe said the force would publish updates in June. Stein said he would pay in June."))
        >>> [DateTense().reported_future(doc, i) for i in (doc.text.index("June"), doc.text.rindex("June"))]
        [True, False]
        """
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        for verb in span[0].ancestors:
            if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
                continue
            if not reported_would(verb, self.report_verbs):
                return False  # "would" of its own: a habit or a condition
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subject is not None and subject.lower_ not in self.narrator_pronouns
        return False

    def scheduled_present(self, doc: Doc, char: int) -> bool:
        """The clause governing the weekday at ``char`` is told in the simple present, as a
        timetable is ("Recruitment opens Monday", "He appears in court Friday"): the next such day.

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "The trial begins Monday. He was arrested Friday."))
        >>> tense = DateTense()
        >>> tense.scheduled_present(doc, doc.text.index("Monday")), tense.scheduled_present(doc, doc.text.index("Friday"))
        (True, False)
        """
        tokens = self.clause_tokens(doc, char) or []
        return any(t.tag_ in ("VBZ", "VBP") and t.pos_ == "VERB" and t.lemma_ not in ("be", "have", "do", "say")
                   for t in tokens) and not self.told_in_past(doc, char)

    def told_in_past(self, doc: Doc, char: int, perfect: bool = True) -> bool:
        """The clause governing the date at ``char`` is in the past tense ("saw", and with
        ``perfect`` "has seen").

        >>> from pipeline.nlp import shared, make_doc
        >>> nlp = shared()
        >>> doc = nlp(make_doc(nlp, "We saw 10 deaths this weekend and we will patrol next weekend."))
        >>> tense = DateTense()
        >>> tense.told_in_past(doc, doc.text.index("this")), tense.told_in_past(doc, doc.text.index("next"))
        (True, False)
        """
        tokens = self.clause_tokens(doc, char) or []
        return any(t.tag_ == "VBD" or (perfect and t.tag_ == "VBN" and any(
            a.dep_ == "aux" and a.lemma_ == "have" for a in t.children)) for t in tokens)

    def _shares_tense(self, verb) -> bool:
        """A coordinated or adverbial verb with no subject or auxiliary of its own takes the
        tense of the verb it hangs on: "charged" in "will be arrested and charged"."""
        own = {"aux", "auxpass", "nsubj", "nsubjpass", "expl"}
        return verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBN", "VBG", "VB") and not any(
            c.dep_ in own for c in verb.children)

    def _is_future(self, sentence: str) -> bool:
        """A word of ``future_markers`` in ``sentence`` (lower-cased, padded with spaces)."""
        return any(f in f" {sentence.lower()} " for f in self.future)

