# Hudna — the two commands a newcomer needs: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-all bench eval lint format clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/hudna demo

test: $(STAMP)
	$(BIN)/pytest -q

test-all: $(STAMP)
	HUDNA_SLOW=1 $(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench

# Extraction quality on every annotated set: the seeds, the dev set the rules were written
# against, the held-out set (read once it had been measured) and the two blind sets (never read).
EVAL_SETS := dev heldout heldout-2 heldout-3 heldout-4 heldout-5 heldout-6 heldout-7 heldout-8 heldout-9 heldout-10 heldout-11 heldout-12 heldout-13 heldout-14 heldout-15 heldout-16 heldout-17 heldout-18 heldout-19 heldout-20 heldout-21 heldout-22 blind-a blind-b blind-c blind-d blind-e blind-f blind-g blind-h blind-i blind-j blind-k blind-l blind-m blind-n blind-o blind-p blind-q blind-r blind-s blind-t blind-u blind-v blind-w blind-x
eval: $(STAMP)
	@echo "== seeds"; $(BIN)/hudna eval tests/data/seeds_gold.jsonl src/hudna/data/corpus/seeds | head -8
	@for s in $(EVAL_SETS); do echo "== $$s"; $(BIN)/hudna eval tests/data/$$s/gold.jsonl tests/data/$$s/docs.jsonl | head -15; done

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info hudna.db hudna.db-wal hudna.db-shm .pytest_cache .mypy_cache .ruff_cache

# System libraries for PDF reports (WeasyPrint: Pango, HarfBuzz, fontconfig), an Arabic font
# (Noto Naskh Arabic in fonts-noto-core, Amiri) and poppler-utils (PDF → PNG for checks).
# Installs only what is missing; needs root (CI runs as root).
SYSDEPS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1 libglib2.0-0 fonts-noto-core fonts-hosny-amiri poppler-utils
.PHONY: sysdeps
sysdeps:
	@missing=$$(for p in $(SYSDEPS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
