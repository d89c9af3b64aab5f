# Every target installs what it needs into .venv first; a second run is quick
# because the install only repeats when requirements.lock or pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
PIP := $(BIN)/python -m pip --disable-pip-version-check

.PHONY: install lock run test lint bench package playground playground-check screenshots chat clean

# Every dependency (dev tools included) from the lock, each file checked against its hash;
# then the project itself, without resolving anything again.
$(STAMP): $(LOCK) pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes -r $(LOCK)
	$(PIP) install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

# Renew the lock from pyproject.toml (pins and hashes of everything, the dev extra included;
# uvloop keeps its platform marker). pip-tools is installed into .venv at use time.
lock:
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet 'pip-tools>=7.4'
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra dev \
		--no-emit-find-links --no-emit-index-url --output-file $(LOCK) pyproject.toml

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

# Chat in the Microsoft 365 Agents Playground, a Teams-like web page, as the demo mentor
# (playground/run.sh says how to be someone else). Needs Node.js 20+ and npm; the first run
# installs the Playground from the npm registry into .playground/, later runs work offline.
playground: install
	playground/run.sh

# The same, driven by headless Chromium (playwright-core, also installed at use time) on a
# scratch database and free ports. About a minute, so not part of `make test`.
FREE_PORT = $(shell $(PYTHON) -c 'import socket; s = socket.socket(); \
	s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SCRATCH_PLAYGROUND = rm -f .playground/scratch.sqlite3 && \
	DATABASE_URL=sqlite+aiosqlite:///.playground/scratch.sqlite3 PORT=$(FREE_PORT) \
	PLAYGROUND_PORT=$(FREE_PORT) playground/run.sh node playground/browser.mjs

# Types `help` in the Playground's page and waits for the bot's answer.
playground-check: install
	$(SCRATCH_PLAYGROUND) check

# The README's pictures (docs/screenshots/*.png): the scenes in playground/scenes.mjs, or
# some of them (make screenshots SCENES="help logbook"). Look at them before committing.
screenshots: install
	$(SCRATCH_PLAYGROUND) screenshots docs/screenshots $(SCENES)

clean:
	rm -rf $(VENV) .playground var/*.sqlite3
