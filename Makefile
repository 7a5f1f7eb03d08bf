# Wholebody developer commands. `make run` and `make test` are the two you need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000

.PHONY: run test lint setup load-setup migrate demo clean messages

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(STAMP)

# The translation catalogues, compiled: gettext's msgfmt if installed, else polib (pure Python).
setup: $(STAMP)
	DEBUG=true $(PY) manage.py compile_catalogues

## locust for scripts/loadtest.py (not needed by the tests)
load-setup: setup
	$(PIP) install --quiet -r requirements-load.txt

# Content (myth cards, translations, detector vocabulary) ships as data files; sync_content
# copies new and changed content into the database without overwriting admin edits.
migrate: setup
	DEBUG=true $(PY) manage.py migrate --noinput
	DEBUG=true $(PY) manage.py sync_content --recheck-goals

demo: migrate
	DEBUG=true $(PY) manage.py demo_data

## Set up everything, load demo data and serve on http://$(ADDR) with a background worker and
## the reminder scheduler (one Ctrl+C stops all three)
run: demo
	@echo "Serving Wholebody on http://$(ADDR)/ with a worker and the scheduler (Ctrl+C to stop)"
	DEBUG=true $(PY) manage.py runall $(ADDR)

# axe-core for the accessibility checks, from package-lock.json (tests only, never served).
# Without npm the browser tests still run and the accessibility part is reported as skipped.
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund || echo "npm ci failed: the accessibility checks will be skipped"; \
	else \
	  echo "npm not found: the accessibility checks (axe-core) will be skipped"; \
	fi

## The whole test suite (browser tests run when chromium is installed)
test: setup node_modules/.package-lock.json
	$(PY) -m pytest

## ruff, import-linter (layers), mypy (types) and the migrations check
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DEBUG=true $(VENV)/bin/mypy
	DEBUG=true $(PY) manage.py makemigrations --check --dry-run

## Refresh the translation catalogues in locale/ after changing marked strings (needs gettext)
messages: setup
	DEBUG=true $(PY) manage.py makemessages -l it -l es -l fr -l de -l pt --no-location --no-wrap \
	  -i node_modules -i staticfiles -i tests -i scripts -i docs -i .venv

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-shm db.sqlite3-wal staticfiles
