# Wirkstatt: the few commands people need. See README.md.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
MANAGE = $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000
PIP_VERSION = 26.3

.PHONY: run test test-postgres lint format messages compile-messages install install-dev lock clean bench-enrolment bench bench-nodes bench-certificates

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==$(PIP_VERSION)

# The venv gets exactly the versions in the lock files (every package, transitive ones
# included, with the hashes of all its published files); requirements*.txt only feed `make lock`.
$(VENV)/.installed: requirements.lock $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements.lock requirements-dev.lock $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@ $(VENV)/.installed

## install: the runtime packages, exactly as pinned in requirements.lock
install: $(VENV)/.installed

## install-dev: the runtime and test/lint packages, exactly as pinned in requirements-dev.lock
install-dev: $(VENV)/.installed-dev

# pip-tools runs in a throw-away venv with pip's local configuration switched off, so the lock
# files come from the public index alone and name no index, mirror or local path.
PIP_TOOLS = pip==$(PIP_VERSION) pip-tools==7.7.0
LOCK_ENV = env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL -u PIP_CONSTRAINT \
	PIP_CONFIG_FILE=/dev/null CUSTOM_COMPILE_COMMAND="make lock"
PIP_COMPILE = --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	--no-emit-find-links $(LOCK_FLAGS)

## lock: after editing requirements*.txt, re-pin them with hashes into requirements.lock and
## requirements-dev.lock; keeps other pins unless LOCK_FLAGS=--upgrade or "--upgrade-package NAME"
lock:
	@tmp="$$(mktemp -d)" && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp" && \
	{ "$$tmp/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
		{ echo "make lock: the lock files are for Python 3.11; set PYTHON=python3.11"; exit 1; }; } && \
	$(LOCK_ENV) "$$tmp/bin/pip" install --quiet $(PIP_TOOLS) && \
	echo "pip-compile requirements.txt -> requirements.lock" && \
	$(LOCK_ENV) "$$tmp/bin/pip-compile" $(PIP_COMPILE) \
		--output-file requirements.lock requirements.txt && \
	echo "pip-compile requirements-dev.txt -> requirements-dev.lock" && \
	$(LOCK_ENV) "$$tmp/bin/pip-compile" $(PIP_COMPILE) --constraint requirements.lock \
		--output-file requirements-dev.lock requirements-dev.txt

compile-messages: install
	$(MANAGE) compile_catalogues

## run: install, migrate SQLite, load demo data and serve on http://$(HOST)
run: install compile-messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_data
	$(MANAGE) runserver $(HOST)

## test: install the dev requirements and run the whole test suite
test: install-dev compile-messages
	$(BIN)/pytest

## test-postgres: the suite against PostgreSQL (DATABASE_URL or the local default), all but
## the browser journeys: they drive the same pages whatever the database, run in `make test`,
## and on PostgreSQL each reloads the database (serialized_rollback), which costs CI most
test-postgres: install-dev compile-messages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/wirkstatt} $(BIN)/pytest -m "not browser"

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: extract interface strings into locale/*/LC_MESSAGES/django.po and compile them
messages: install
	$(MANAGE) makemessages --all --no-obsolete --ignore "$(VENV)/*" --ignore "node_modules/*" --ignore "tests/*"
	$(MANAGE) compile_catalogues

## bench-enrolment: concurrent enrolment POSTs over HTTP (gunicorn, PostgreSQL); see bench/README.md
bench-enrolment: install compile-messages
	$(BIN)/python bench/enrolment.py

## bench: requests/s, latency, SQL queries and memory of every page against a bare Django
## view (gunicorn, PostgreSQL, Redis; sizes from COURSES, LEARNERS, ENROLMENTS); see bench/README.md
bench: install compile-messages
	@command -v wrk >/dev/null || apt-get install -y wrk || (apt-get update && apt-get install -y wrk)
	$(BIN)/python -m bench.pages

## bench-nodes: two web nodes and a Celery worker over one PostgreSQL and Redis; see bench/README.md
bench-nodes: install compile-messages
	$(BIN)/python -m bench.nodes

## bench-certificates: issue CERTIFICATES (500) certificates through a real Celery worker and
## Redis, PDF render times measured in the worker; see bench/README.md
bench-certificates: install compile-messages
	$(BIN)/python -m bench.certificates

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
