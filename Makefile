# Set-up needs python3 (3.11 or newer, with venv: python3-venv on Debian and Ubuntu) and make; `make test` also
# installs chromium with apt (as root, or sudo without a password) and axe-core with npm when it can (README: Set-up).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

.PHONY: demo test lint screenshot browser-deps benchmarks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

## demo: install, audit the bundled fictional history, write the report and print its path (auditor prints it whole)
demo: $(VENV)/.installed
	@mkdir -p $(OUT)
	$(BIN)/auditor demo --out $(OUT)/demo-report.html --format html,csv,json

## test: install what the tests need (Python extras, Debian chromium, axe-core) and run them with ruff
test: $(VENV)/.installed-test browser-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Debian's chromium drives the browser tests (Playwright's own browser download cannot work offline);
# without root and apt the browser tests skip with a message (never under CI=true).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: no chromium and no apt as root: the browser tests will skip"; fi; \
	fi
	@if [ -f package-lock.json ] && [ ! -f node_modules/axe-core/axe.min.js ]; then \
	  if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund; \
	  else echo "note: no npm: the accessibility check will skip"; fi; \
	fi

## screenshot: a PNG of the demo report, shown in the README
screenshot: demo browser-deps $(VENV)/.installed-test
	$(BIN)/python -m reports.screenshot $(OUT)/demo-report.html docs/report.png

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) $(OUT) build dist *.egg-info node_modules
