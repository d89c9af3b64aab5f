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

# The Teams app zip for upload: make package APP_ID=<bot app id GUID> HOST=lvsbot.school.nl
# APP_ID may also come from MicrosoftAppId in the environment or .env; VERSION is optional.
PACKAGE_ARGS = $(if $(APP_ID),--app-id '$(APP_ID)') $(if $(HOST),--host '$(HOST)') \
	$(if $(VERSION),--version '$(VERSION)')

package: install
	$(BIN)/lvsbot package $(PACKAGE_ARGS)

clean:
	rm -rf $(VENV) var/*.sqlite3
