"""``claims_quotes``: one ``quote`` claim per quoted run of words, with its speaker.

Where quotes open and close is read by :mod:`~pipeline.claims.quote_marks` (curly and straight,
double and single marks; an apostrophe in a word is no mark). The claim span is the words inside the
marks. A paragraph that opens with a mark and ends without a closing one
continues in the next paragraph that opens with a mark: each paragraph is one
claim with the same speaker. One- or two-word quotes (scare quotes, unless
attributed: “Slow down,” he said), title-case phrases (names of operations,
campaigns, pages) and unattributed inline phrases under eight words are not quotes.

Speaker, in order of preference:
    1. an attribution after the closing mark: ``…,” said Jane Doe`` / ``…,” Doe added``;
    2. a lead-in before the opening mark: ``Jane Doe said: “…``, or a speech verb whose reported
       clause holds the quote: ``Jane Doe said the case showed what “…” could achieve`` (three words or more);
    3. another attributed quote in the same paragraph;
    4. a speaker line ending in ``said:`` just before a block of quoted paragraphs,
       or the previous quoted paragraph (a continued statement);
    5. the first person named in the paragraph just before a quoted block.
Rules 4 and 5 apply only to a block quote (a mark opens the paragraph and the
quote fills it), and rule 5 only to a person with a stated role (an officer,
not a defendant). A pronoun ("he said", "she added") is the active subject of the sentence
just before the quote (in its paragraph, or ending the paragraph before a quote that opens its
own: "Harjit Sandhu, whose Lexus was stolen, was among the owners contacted." and next
“I'd given up on it,” he said."), null when that sentence opens with an unnamed person who says something ("The
son of a retired teacher said ..."), else the later of the last
speaker and the last person with a role named outside quote marks. The
speaker is the ``name`` of a person claim from ``claims_people`` (the full
name as first given); a stated but unnamed speaker ("a spokesperson said") is null.

Example:
    >>> from pipeline.nlp import shared, make_doc
    >>> from pipeline.claims.base import claims_of
    >>> nlp = shared()
    >>> text = ('Chief Inspector Amy Rowe said: “We have closed five drug lines this month.\\n'
    ...         '“We will keep going until the dealers are gone.”')
    >>> doc = nlp(make_doc(nlp, text))
    >>> [(doc.text[c["start"]:c["end"]], c["speaker"]) for c in claims_of(doc, "quote")]
    [('We have closed five drug lines this month.', 'Amy Rowe'), ('We will keep going until the dealers are gone.', 'Amy Rowe')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .base import add_claim, doc_text, claims_of, load_data
from .quote_marks import WORD as _WORD, QuoteMarks, Segment, paragraphs
from .scan import literal_hits

EXTRACTOR = "claims_quotes"
_text = doc_text  # the Doc's text, built once per Doc


class QuoteExtractor:
    """Finds quoted runs paragraph by paragraph and attributes them to people."""

    def __init__(self, nlp: Language, words: str):
        w = load_data(words)
        self.title_small_words = frozenset(w["title_small_words"])
        self.marks = QuoteMarks(w)
        self.min_words = int(w["min_words"])
        self.min_unattributed = int(w["min_words_unattributed"])
        self.pronoun_set = {p.lower() for p in w["pronouns"]}
        self.case_verbs = frozenset(w["case_verbs"])
        nouns = "|".join(map(re.escape, w["unnamed_speaker_nouns"]))
        small = "|".join(map(re.escape, w["title_small_words"]))
        # "A Sunshine West shop owner …", "The son of …": an article, words describing the person (no "of", "the"…), the noun
        most = int(w["unnamed_lead_max_words"])
        self.unnamed_lead = re.compile(rf"(?:An?|The)\s+(?:(?!(?:{small})\s)[\w-]+\s+){{0,{most}}}(?:{nouns})\b")
        verbs = "|".join(sorted((re.escape(v) for v in w["speech_verbs"]), key=len, reverse=True))
        self.verb = re.compile(rf"\b(?:{verbs})\b")
        # a name then its speech verb, past descriptions between commas: "Jo Roe said", "Jo Roe, 34, a nurse who …, said"
        self.name_then_verb = re.compile(rf"(?:,[^;:\"“”\n]{{0,200}}?)?,?\s+({verbs})\b")
        self.abbrev = set(w["abbreviations"])
        # a quote inside the clause a speech verb reports: 'Jo Roe said the case showed what "…" could achieve'
        self.reported = re.compile(rf"\b(?:{verbs})\s+(?:that\s+)?[^.!?“”\"\n]{{0,80}}$")
        self.statement = re.compile(rf"\b(?:{'|'.join(map(re.escape, w['statement_phrases']))})\b", re.I)
        self.lead = re.compile(rf"(?:{verbs})\b[^.!?“”\"]{{0,60}}[:,]\s*$|:\s*$|(?:{verbs})(?:\s+[\w’']+){{0,3}}\s*$")

    def _after_span(self, text: str, a: int, b: int) -> tuple[int, int]:
        """The attribution sentence after a closing mark: text[a:b] up to its full stop."""
        while a < b and text[a] in " ,;:–—-":
            a += 1
        for m in re.finditer(r"[.!?](?=\s|$)", text[a:b]):
            word = re.search(r"(\S+)$", text[a:a + m.start()])
            if word and (re.fullmatch(r"[A-Z]", word.group(1)) or word.group(1) + "." in self.abbrev
                         or word.group(1).rsplit("/", 1)[-1] + "." in self.abbrev):  # "S/Sgt.", "A/Insp."
                continue
            return a, a + m.start()
        return a, b

    def _verb_after_named(self, words: list[str]) -> bool:
        """Does a speech verb follow a run of capitalised words (a title and a name, perhaps "of the"
        and a unit): '…," Detective Sergeant Jo Roe-Lee of the Homicide Squad said at a briefing'?"""
        for k, word in enumerate(words[:14]):
            if self.verb.fullmatch(word):
                return k >= 2 and all(w[:1].isupper() or w in ("of", "the", "for", "and", "in") for w in words[:k])
        return False

    # ---- what counts as a quote ------------------------------------------
    def _is_statement(self, text: str, seg: Segment) -> bool:
        """Not a title; and, unless attributed ("“Slow down,” he said"), not a one- or two-word scare quote."""
        words = _WORD.findall(text[seg.start:seg.end])
        if not words:
            return False
        if len(words) < self.min_words and not (seg.rule in ("after", "before") and text[seg.end - 1] in ",.!?"):
            return False
        content = [w for w in words if w.lower() not in self.title_small_words]
        caps = sum(1 for w in content if w[:1].isupper())
        ends = text[seg.start:seg.end].rstrip()[-1:] in ".!?,;:…"
        if content and caps / len(content) >= 0.6 and not ends:
            return False  # a title: "Report It Online", "Safer Streets Action Week"
        return True

    # ---- speakers ----------------------------------------------------------
    @staticmethod
    def _person_index(doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, name) of every mention of each person, by full name or surname.

        A surname shared by several people ("Nathan Price", "DC Sarah Price")
        goes to the one whose full name was written last before it. The first word of a two-word
        name, where spaCy reads it alone as a proper noun and no place or body, names its one owner:
        "Councilor Guo" after "Guo Shengkun" (the family name written first).
        """
        text = _text(doc)
        names = [p["name"] for p in claims_of(doc, "person") if p.get("name")]

        def find(form: str):
            if not form.isupper():
                return literal_hits(text, form)  # = re.finditer(rf"(?<![\w’']){re.escape(form)}(?![\w])", text)
            return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w’']){re.escape(form)}(?![\w])", text, flags=re.I)]

        full = sorted((s, e, n) for n in names for s, e in find(n))
        hits = list(full)
        by_surname: dict[str, list[str]] = {}
        for n in names:
            by_surname.setdefault(n.split()[-1], []).append(n)
        for surname, owners in by_surname.items():
            for s, e in find(surname):
                if any(fs <= s < fe for fs, fe, _ in full):
                    continue  # part of a full name already listed
                before = [n for fs, _, n in full if fs < s and n in owners]
                hits.append((s, e, before[-1] if before else owners[0]))
        firsts: dict[str, list[str]] = {}
        for n in names:
            if len(n.split()) == 2 and n.split()[0] not in by_surname:
                firsts.setdefault(n.split()[0], []).append(n)
        for first, owners in firsts.items():  # "Councilor Guo said" after "Guo Shengkun"; "Emily loved …"
            if len(owners) == 1:
                hits.extend((s, e, owners[0]) for s, e in find(first) if not any(fs <= s < fe for fs, fe, _ in full)
                            and (span := doc.char_span(s, e)) is not None and span[0].pos_ == "PROPN"
                            and span[0].ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "NORP"))
        hits.sort()
        return hits

    @staticmethod
    def _who(mentions, start: int, end: int, among: set[str] | None = None) -> str | None:
        """The first person named in doc.text[start:end] (optionally only those in ``among``)."""
        for s, e, name in mentions:
            if start <= s and e <= end and (among is None or name in among):
                return name
        return None

    def _referent(self, doc: Doc, st: "_State", before: int) -> str | None:
        """Whom "he"/"she"/"they" stands for: the later of the last speaker and the last person
        named outside quotes with a role or as the subject of a speech verb ("Sunil Prasad, who
        owns the dairy, said he had noticed the difference"), else the last person named."""
        best, best_at = st.speaker, st.speaker_at
        last = None
        for s, e, name in st.mentions:
            if s >= before:
                break
            if any(a <= s < b for a, b in st.quoted):
                continue
            last = name
            if s > best_at and (name in st.officials or self._reports(doc, e)):
                best, best_at = name, s
        return best or last

    def _reports(self, doc: Doc, end: int) -> bool:
        """Does a speech verb follow the name ending at ``end``, past a description between commas
        ("Sunil Prasad, who owns the dairy, said"), and not one of a case ("Tom Reid admitted assault")?"""
        text = _text(doc)
        m = self.name_then_verb.match(text, end, min(len(text), end + 240))
        if m is None:
            return False
        verb = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        return verb is not None and verb[0].lemma_.lower() not in self.case_verbs

    def _resolve(self, doc: Doc, st: "_State", a: int, b: int, topic: str | None = None) -> tuple[bool, str | None]:
        """Attribution text doc.text[a:b]: is it one, and whom does it name?

        ``topic`` is the person a pronoun stands for before any other: the subject of
        the sentence just before the quote, in the same paragraph."""
        chunk = _text(doc)[a:b]
        if not self.verb.search(chunk):
            if self.statement.search(chunk):  # "His mother, Jo Roe, read a statement on behalf of the family:"
                return True, self._who(st.mentions, a, b)
            return False, None
        subject = self._subject(doc, a, b)
        if subject is not None:
            name = self._who(st.mentions, *subject)
            if name:
                return True, name
            if _text(doc)[subject[0]:subject[1]].strip().lower() in self.pronoun_set:
                return True, self._referent(doc, st, a) if topic is None else topic or None
        name = self._who(st.mentions, a, b)
        if name:
            return True, name
        if re.search(r"\b(?:he|she|they|I)\b", chunk, flags=re.I) and len(_WORD.findall(chunk)) <= 6:
            return True, self._referent(doc, st, a) if topic is None else topic or None
        return True, None

    def _subject(self, doc: Doc, a: int, b: int) -> tuple[int, int] | None:
        """Character range of the subject of the speech verb in _text(doc)[a:b], from the parse."""
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not doc.has_annotation("DEP"):
            return None
        for tok in span:
            if self.verb.fullmatch(tok.text) and tok.pos_ == "VERB":
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and a <= child.idx < b:
                        sub = list(child.subtree)
                        return sub[0].idx, sub[-1].idx + len(sub[-1].text)
        return None

    @staticmethod
    def _sentence_before(text: str, st: "_State", seg: Segment, p0: int,
                         prev: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """Character range of the sentence just before the quote's opening mark: in the quote's
        paragraph (which starts at ``p0``) or, when the quote opens its paragraph, the last sentence
        of the paragraph ``prev`` before it; None where no sentence ends there or a quote lies between.

        >>> from pipeline.nlp import shared
        >>> ex = shared().get_pipe("claims_quotes")
        >>> text = 'Jo Roe lost her car. It was found.\\n“I was relieved,” she said.'
        >>> seg = ex.marks.segments(text, 35, len(text))[0]
        >>> st = _State(mentions=[], officials=set())
        >>> start, end = ex._sentence_before(text, st, seg, 35, (0, 34))
        >>> text[start:end].strip(), ex._sentence_before(text, st, seg, 35)
        ('It was found.', None)
        """
        end = seg.mark
        if prev is not None and not text[p0:seg.mark].strip():
            p0, end = prev  # "Jo Roe, whose car was stolen, was told last week.\n“I'd given up,” she said."
        lead = text[p0:end].rstrip()
        if not lead.endswith((".", "!", "?")) or any(p0 <= a < end for a, _ in st.quoted):
            return None
        return p0 + max(lead.rfind(". ", 0, len(lead) - 1), lead.rfind("? ", 0, len(lead) - 1), -1) + 1, p0 + len(lead)

    @staticmethod
    def _sentence_subject(text: str, st: "_State", sentence: tuple[int, int] | None) -> str | None:
        """"Roe thanked residents. “People called us.”": the person named among the first words of
        the sentence before a quote (``sentence``, from :meth:`_sentence_before`), its subject."""
        if sentence is None:
            return None
        sent_start, sent_end = sentence
        for s, _, name in st.mentions:
            if sent_start <= s < sent_end and len(_WORD.findall(text[sent_start:s])) <= 5:
                return name  # named among the sentence's first words: its subject
        return None

    def _unnamed_speaker_before(self, text: str, sentence: tuple[int, int] | None) -> bool:
        """Does the sentence just before the quote (``sentence``, from :meth:`_sentence_before`) open
        with an unnamed person (``unnamed_speaker_nouns``, after an article and up to
        ``unnamed_lead_max_words`` words that describe them) who says something?

        >>> from pipeline.nlp import shared
        >>> ex = shared().get_pipe("claims_quotes")
        >>> text = "A Sunshine West shop owner whose store was firebombed said her family was afraid."
        >>> team = "The Sunshine West team said so."
        >>> ex._unnamed_speaker_before(text, (0, len(text))), ex._unnamed_speaker_before(team, (0, len(team)))
        (True, False)
        """
        if sentence is None:
            return False
        sentence_text = text[sentence[0]:sentence[1]].strip()
        return bool(self.unnamed_lead.match(sentence_text)) and self.verb.search(sentence_text) is not None

    def _topic(self, doc: Doc, st: "_State", seg: Segment, p0: int,
               prev: tuple[int, int] | None = None) -> str | None:
        """"Jo Roe, whose son died in 2019, joined officers. “Slow down,” she said.": the
        person a pronoun after the quote stands for first, when the sentence just before
        the quote (in its paragraph, or ending the paragraph ``prev`` before a quote that opens
        its own) has them as the active subject of its main verb (or named beside that subject:
        "The officer in charge, DI Jo Roe, said"), and that verb is not one of the case's
        (arrested, pleaded, admitted: a defendant's sentence); "" where that sentence's speaker is
        an unnamed person (the quote's speaker is null: "The son of a retired teacher said ...")."""
        text = _text(doc)
        sentence = self._sentence_before(text, st, seg, p0, prev)
        name = self._sentence_subject(text, st, sentence)
        if name is not None and doc.has_annotation("DEP"):
            start = next(s for s, _, n in st.mentions if n == name and sentence[0] <= s < sentence[1])
            for tok in doc.char_span(start, start + 1, alignment_mode="expand") or ():
                while tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok:
                    tok = tok.head
                if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() not in self.case_verbs:
                    return name
        if self._unnamed_speaker_before(text, sentence):
            return ""  # "A 34-year-old woman ... said the call back helped. “…,” she said.": stated, unnamed
        return None

    def _attribute(self, doc: Doc, st: "_State", segs: list[Segment], p0: int, p1: int,
                   prev: tuple[int, int] | None = None) -> None:
        """Set speaker/attributed on segments with an attribution of their own (``prev``: the
        paragraph before, whose last sentence may say whom a pronoun stands for)."""
        text = _text(doc)
        for k, seg in enumerate(segs):
            # attribution after the closing mark, up to the next mark or sentence end
            if seg.close is not None:
                nxt = segs[k + 1].mark if k + 1 < len(segs) else p1
                a, b = self._after_span(text, seg.close + 1, nxt)
                words = _WORD.findall(text[a:b])
                # after a full stop the attribution is a short sentence of its own ("Roe said.")
                limit = 10 if text[seg.end - 1:seg.end] in ".!?" else 30
                # the verb leads ("said Jo Roe, …") or closes a named, described speaker ("Jo Roe, Commander of X, said")
                if words and words[0].lower() in ("and", "but", "or"):
                    words = []  # 'She said drivers should "…," and asked …': the sentence goes on, its subject before
                if words and len(words) <= limit and (self.verb.search(" ".join(words[:6]))
                                                      or self.verb.fullmatch(words[-1]) and "," in text[a:b]
                                                      or self._verb_after_named(words)):
                    ok, who = self._resolve(doc, st, a, b, topic=self._topic(doc, st, seg, p0, prev))
                    if ok:
                        seg.attributed, seg.speaker, seg.rule = True, who, "after"
            # a lead-in before the opening mark
            if not seg.attributed:
                prev = segs[k - 1].close + 1 if k > 0 and segs[k - 1].close is not None else p0
                lead = text[prev:seg.mark]
                led = bool(self.lead.search(lead.rstrip()))
                if lead.strip() and (led or self.reported.search(lead)) and self.verb.search(lead):
                    sent_start = max(lead.rfind(". "), lead.rfind("? "), -1) + 1
                    ok, who = self._resolve(doc, st, prev + sent_start, seg.mark)
                    if ok:  # "reported": inside the clause the verb reports (never a one- or two-word scare quote)
                        seg.attributed, seg.speaker, seg.rule = True, who, "before" if led else "reported"
            if seg.attributed and seg.speaker:
                st.speaker, st.speaker_at = seg.speaker, seg.mark

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        people = claims_of(doc, "person")
        st = _State(
            mentions=self._person_index(doc),
            # people with a stated role: the only ones a bare quoted block is pinned on
            officials={p["name"] for p in people if p.get("role") not in (None, "author")},
        )
        prev_quoted = False     # the previous paragraph held a quote
        prev_speaker: str | None = None
        prev_start = prev_end = 0
        pending: str | None = None   # a "X said:" line waiting for its quote
        pending_set = False
        for p0, p1 in paragraphs(text):
            segs = self.marks.segments(text, p0, p1)
            st.quoted.extend((s.start, s.end) for s in segs)
            self._attribute(doc, st, segs, p0, p1, (prev_start, prev_end) if prev_end else None)
            first = next((s for s in segs if s.attributed), None)
            kept = []
            segs = [s for s in segs if self._is_statement(text, s)]
            for k, seg in enumerate(segs):
                # a block quote fills its paragraph: it opens it and closes at its end (or runs on)
                block = seg.at_para_start and k == 0 and (seg.close is None or not text[seg.close + 1:p1].strip())
                if not seg.attributed:
                    if first is not None:
                        seg.speaker, seg.rule = first.speaker, "paragraph"
                    elif block and pending_set:
                        seg.speaker, seg.rule = pending, "speaker_line"
                    elif block and prev_quoted:
                        seg.speaker, seg.rule = prev_speaker, "continued"
                    elif block:
                        seg.speaker = self._who(st.mentions, prev_start, prev_end, st.officials)
                        seg.rule = "previous_paragraph"
                    elif (who := self._sentence_subject(text, st, self._sentence_before(text, st, seg, p0))) is not None:
                        seg.speaker, seg.rule = who, "previous_sentence"
                    elif len(_WORD.findall(text[seg.start:seg.end])) < self.min_unattributed:
                        continue
                    else:
                        seg.rule = "unattributed"
                kept.append(seg)
            for seg in kept:
                add_claim(doc, "quote", seg.start, seg.end, f"{EXTRACTOR}:{seg.rule}", speaker=seg.speaker)
                if seg.speaker:
                    st.speaker, st.speaker_at = seg.speaker, seg.mark
            # does this paragraph end with a speaker line ("…, said:") for the next?
            tail_from = kept[-1].close + 1 if kept and kept[-1].close is not None else (p1 if kept else p0)
            tail = text[tail_from:p1]
            pending_set = False
            if tail.strip() and tail.rstrip().endswith(":") and (self.verb.search(tail) or self.statement.search(tail)):
                ok, who = self._resolve(doc, st, tail_from, p1)
                pending, pending_set = who, ok
            if kept:
                prev_quoted, prev_speaker = True, kept[-1].speaker
            elif not pending_set:
                prev_quoted, prev_speaker = False, None
            prev_start, prev_end = p0, p1
        return doc




@dataclass
class _State:
    """What one release's pass has seen so far (built per call, never shared)."""

    mentions: list[tuple[int, int, str]]
    officials: set[str]
    quoted: list[tuple[int, int]] = field(default_factory=list)
    speaker: str | None = None
    speaker_at: int = -1


@Language.factory("claims_quotes", default_config={"words": "patterns/quotes_words.json"})
def make_quotes(nlp: Language, name: str, words: str) -> QuoteExtractor:
    """The ``claims_quotes`` component (word lists named relative to ``models/``)."""
    return QuoteExtractor(nlp, words)
