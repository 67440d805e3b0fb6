"""The notebooks run top to bottom on the sample corpus's output, and are committed without outputs."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK_NAMES = ("inspect_release.ipynb", "corpus_overview.ipynb")
SKIP_DIRS = {"out", "build", "node_modules", "__pycache__"}


def committed_notebooks() -> list[Path]:
    """Every .ipynb in the project (hidden folders such as .venv and .git skipped)."""
    found = []
    for here, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS and not d.endswith(".egg-info")]
        found += [Path(here) / f for f in files if f.endswith(".ipynb")]
    return sorted(found)


def test_the_notebooks_are_there():
    assert {p.name for p in committed_notebooks()} >= set(NOTEBOOK_NAMES)


def unstripped_cells(nb: dict) -> list[int]:
    """Indexes of code cells that hold outputs, an execution count or run timings."""
    return [i for i, cell in enumerate(nb["cells"]) if cell["cell_type"] == "code"
            and (cell.get("outputs") or cell.get("execution_count") is not None
                 or "execution" in cell.get("metadata", {}))]


def test_the_strip_check_catches_run_cells():
    clean = {"cell_type": "code", "source": "1", "metadata": {}, "outputs": [], "execution_count": None}
    cells = [clean, {"cell_type": "markdown", "source": "# t", "metadata": {}},
             {**clean, "execution_count": 3}, {**clean, "outputs": [{"output_type": "stream", "text": "1"}]},
             {**clean, "metadata": {"execution": {"iopub.status.idle": "2024-01-01T00:00:00Z"}}}]
    assert unstripped_cells({"cells": cells}) == [2, 3, 4]


@pytest.mark.parametrize("path", committed_notebooks(), ids=lambda p: p.name)
def test_committed_notebooks_have_no_outputs(path):
    dirty = unstripped_cells(json.loads(path.read_text(encoding="utf-8")))
    assert not dirty, (f"{path.name}: cells {dirty} hold outputs, execution counts or timings; strip them: "
                       "jupyter nbconvert --clear-output --ClearMetadataPreprocessor.enabled=True --inplace FILE")


@pytest.fixture(scope="module")
def output_dir(tmp_path_factory, nlp):
    """The sample corpus's output (claims, releases, errors) and its evaluate --json scores."""
    from pipeline.batch import run_batch
    from pipeline.evaluate import load_gold, predictions_from_table, report_to_json, score
    from pipeline.output import write_output

    out = tmp_path_factory.mktemp("out")
    tables = run_batch([CORPUS / "releases", CORPUS / "feed"], nlp=nlp)
    write_output(tables, out, "parquet")
    report = score(load_gold(CORPUS / "gold.jsonl"), predictions_from_table(tables.claims))
    (out / "evaluate.json").write_text(json.dumps(report_to_json(report)), encoding="utf-8")
    return out


@pytest.fixture
def kernel_env(tmp_path, monkeypatch, output_dir):
    """A kernelspec that runs this very Python (so the kernel sees the project), and the notebooks' inputs."""
    spec = tmp_path / "jupyter" / "kernels" / "policeclaims-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "policeclaims test", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("POLICECLAIMS_OUT", str(output_dir))
    monkeypatch.setenv("POLICECLAIMS_GOLD", str(CORPUS / "gold.jsonl"))
    monkeypatch.delenv("POLICECLAIMS_EVAL", raising=False)
    monkeypatch.delenv("MPLBACKEND", raising=False)
    return "policeclaims-test"


def run_notebook(name: str, kernel_name: str):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(nb, kernel_name=kernel_name, timeout=120,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb


def outputs_of(nb, mime: str) -> list[str]:
    return [out["data"][mime] for cell in nb.cells if cell.cell_type == "code"
            for out in cell.get("outputs", []) if mime in out.get("data", {})]


def test_inspect_release_runs(kernel_env):
    nb = run_notebook("inspect_release.ipynb", kernel_env)
    html = "".join(outputs_of(nb, "text/html"))
    assert 'class="pc-claim pc-quote' in html and 'title="quantity (' in html  # highlighted, with hover rows
    assert 'class="spans"' in html  # displaCy's span view
    assert 'extractor' in html  # the side table


def test_corpus_overview_runs(kernel_env):
    nb = run_notebook("corpus_overview.ipynb", kernel_env)
    assert len(outputs_of(nb, "image/png")) >= 3  # claims by type, figures per year and per month
    html = "".join(outputs_of(nb, "text/html"))
    for heading in ("by context_date", "actor_resolved", "speaker", "missed (examples)"):
        assert heading in html
    text = "".join(out.get("text", "") for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs)
    assert "releases scored against" in text and "skipping" not in text  # both the JSON and the examples shown
