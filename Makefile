# Two entry points: `make run` starts the app, `make test` runs every check.
# Both set up the virtual environment on first use (Python 3.11+ is all they need).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The test tools (pytest, ruff, mypy, the optional Outlook readers): not needed to run the app.
TEST_STAMP := $(VENV)/.installed-test-stamp

.PHONY: run cli test lint typecheck pytest clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python scripts/build_translations.py
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

# i18n/*.ts -> tldops_desktop/i18n/*.qm (the wheel build does it too: setup.py).
translations: $(STAMP)
	$(BIN)/python scripts/build_translations.py

run: translations
	$(BIN)/tldops-desktop

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: translations $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile -q

test: lint typecheck pytest

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
