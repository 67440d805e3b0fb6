"""``paragraph_boundaries``: a line break always starts a new sentence.

Press releases put headlines, date lines, bylines and bullets on lines of their
own, with no full stop. The parser would run them into the next sentence; this
component, placed before the parser, marks the first token after every line
break as a sentence start (the parser keeps preset starts).

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("paragraph_boundaries"); _ = nlp.add_pipe("sentencizer")
>>> [s.text.strip() for s in nlp("Headline with no stop\\nThe body. It goes on.").sents]
['Headline with no stop', 'The body.', 'It goes on.']
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                doc[i].is_sent_start = True
    return doc
