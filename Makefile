# Every target installs what it needs into .venv first; a second run is quick
# because the install only repeats when pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench package playground chat clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/lvsbot db upgrade
	$(BIN)/lvsbot demo --if-empty
	$(BIN)/lvsbot serve

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: install lint
	$(BIN)/python -m pytest

# Every bench/*.py with a main() (see bench/__main__.py); loopback only, a few minutes.
bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var/*.sqlite3
