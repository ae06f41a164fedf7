# Wirkstatt: the few commands people need. See README.md.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
MANAGE = $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.PHONY: run test test-postgres lint format messages compile-messages install install-dev clean bench-enrolment bench bench-nodes bench-certificates

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

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

## test-postgres: the same suite against PostgreSQL (DATABASE_URL or the local default)
test-postgres: install-dev compile-messages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/wirkstatt} $(BIN)/pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

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
