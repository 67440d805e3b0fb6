"""Who says a "we"/"I", for ``claims_commitments``: a pronoun inside a quote commits the
organisation only when the speaker is not an outsider. The speaker is read from the claims of
``claims_quotes`` and ``claims_people`` (:meth:`CommitmentSpeakers.speaker_side`), else from the
quote's attribution line ("his mother said: ..."), and a "we"/"I" in a message, letter or chat told
as part of a case ("Smith texted the victim, I will find you") is not the organisation speaking.
The word lists live in ``models/patterns/commitments.json``.

>>> from pipeline.nlp import shared
>>> doc = shared()('Her family said: "We will always love her."')
>>> CommitmentSpeakers().spoken_by_outsider(doc[5])
True
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .base import claims_of, doc_text, load_data


class CommitmentSpeakers:
    """Speaker tests from the word lists in ``patterns``.

    >>> from pipeline.nlp import shared
    >>> doc = shared()('Detective Inspector Ann Reid said: "We will find the person responsible."')
    >>> CommitmentSpeakers().spoken_by_outsider(doc[7])
    False
    """

    def __init__(self, patterns: str = "patterns/commitments.json"):
        data = load_data(patterns)
        self.ranks = set(data["rank_words"])
        self.police_words = set(data["police_org_words"])
        self.org_speakers = set(data["org_speaker_words"])
        self.non_org_speakers = set(data["non_org_speaker_words"])
        self.message_cues = re.compile("|".join(data["message_cues"]))
        self.message_officials = set(data["message_official_words"]) | self.ranks | self.police_words

    def speaker_side(self, tok: Token) -> str | None:
        """For "we"/"I" inside a quote claim with a speaker: "org" when the speaker's role or
        organisation is police, "outsider" when the speaker is introduced as family, victim,
        witness..., else None. Uses the claims of ``claims_quotes`` and ``claims_people``.

        >>> from pipeline.nlp import shared
        >>> CommitmentSpeakers().speaker_side(shared()("We will find them.")[0]) is None  # no quote claims
        True
        """
        doc = tok.doc
        quote = next((q for q in claims_of(doc, "quote") if q["start"] <= tok.idx < q["end"] and q.get("speaker")), None)
        if quote is None:
            return None
        police = self.ranks | self.police_words | self.org_speakers
        for person in claims_of(doc, "person"):
            if person.get("name") != quote["speaker"]:
                continue
            described = f"{person.get('role') or ''} {person.get('organisation') or ''}"
            context = doc_text(doc)[max(0, person["start"] - 40):person["end"] + 40]
            for words in (set(re.findall(r"[a-z]+", described.lower())), set(re.findall(r"[a-z]+", context.lower()))):
                if words & police:
                    return "org"
                if words & self.non_org_speakers:
                    return "outsider"
        return None

    def spoken_by_outsider(self, tok: Token) -> bool:
        """"we"/"I" in a quote attributed to a family member, victim or witness, not the organisation.

        >>> from pipeline.nlp import shared
        >>> doc = shared()('His mother said: "We will never forgive them."')
        >>> CommitmentSpeakers().spoken_by_outsider(doc[5])
        True
        """
        doc = tok.doc
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, tok.idx) + 1
        line_end = text.find("\n", tok.idx)
        line = text[line_start: len(text) if line_end < 0 else line_end]
        before = text[line_start:tok.idx]
        double = len(re.findall(r"[“\"]", before)) % 2 == 1 or (before[:1] != "" and before[:1] in "“\"" and "”" not in before)
        single = "‘" in before and not re.search(r"‘[^‘]*’(?=\W|$)[^‘]*$", before)
        if not (double or single):
            return False
        if line[:1] not in "“\"‘" and len(re.findall(r"[“”\"]", line)) % 2 == 1:
            return False  # unbalanced quote marks (stripped by a scraper): cannot tell who speaks
        if line[:1] in "“\"‘'" and line_start > 1:
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            line = text[prev_start:line_start] + line
        outside = re.sub(r"[“\"][^”\"]*[”\"]?", " ", line)
        outside = re.sub(r"‘.*?(?:’(?=\W|$)|$)", " ", outside)
        words = set(re.findall(r"[a-z]+", outside.lower()))
        words |= {w[:-1] for w in words if w.endswith("s")}
        if words & (self.ranks | self.police_words | self.org_speakers):
            return False  # "Detective Inspector Ann Reid, who is supporting the family, said: ..."
        return bool(words & self.non_org_speakers)

    def in_reported_message(self, tok: Token) -> bool:
        """"I"/"we" in the text of a message, letter or chat told as part of the case ("Smith texted the
        victim, I will find you"), not the organisation speaking. An official named just before the cue
        ("the Chief Constable wrote: ...") keeps it the organisation's.

        >>> from pipeline.nlp import shared
        >>> doc = shared()("In text messages, Jones told his partner, I will get the cash tomorrow.")
        >>> CommitmentSpeakers().in_reported_message(doc[9])
        True
        """
        text = doc_text(tok.doc)
        line_start = text.rfind("\n", 0, tok.idx) + 1
        window_start = line_start
        prev_end = line_start  # the end of the text before this line, past blank lines (no copy of the text)
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end > 0 and text[prev_end - 1] == ":":  # "... stating:\n\nWhat you did ... I will never get back"
            window_start = text.rfind("\n", 0, prev_end) + 1
        window = text[window_start:tok.idx].lower()
        cues = list(self.message_cues.finditer(window))
        if not cues:
            return False
        last = cues[-1]
        near = window[max(0, last.start() - 60):last.start()] + " " + window[last.end():]
        words = set(re.findall(r"[a-z]+", near))
        words |= {w[:-1] for w in words if w.endswith("s")}
        return not words & self.message_officials
