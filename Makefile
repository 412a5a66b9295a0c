# The two commands a newcomer runs: `make demo` and `make test`. Each installs what it needs the first time:
# a virtualenv with the project (editable) and its test tools, and the Kafka jars (Maven, once).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.factstream-installed
PYTEST_ARGS ?=

.PHONY: venv jars test demo lint audit broker-start broker-stop broker-status clean

venv: $(STAMP)

# Reinstall when the dependencies change; the editable install picks up code changes by itself.
$(STAMP): pyproject.toml deploy/requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "error: '$(PYTHON) -m venv' failed; on Debian/Ubuntu install python3-venv" >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c deploy/requirements.lock -e '.[test]'
	@touch $@

# Apache Kafka 4 and a logging binding from Maven Central into deploy/kafka/libs (skipped when present).
# Only the standard library is needed, so this works before the virtualenv exists.
jars:
	$(PYTHON) -m factstream_cli.localbroker fetch-jars

# The whole suite, real Kafka broker included (the test session starts its own on free ports).
# pytest exits 5 when it ran no test: that is a failure too.
test: venv jars
	@$(BIN)/pytest -q $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "error: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

demo: venv jars
	$(BIN)/factstream demo

# ruff (style, errors, complexity) and the import contracts of pyproject.toml (which package may import which).
lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Known vulnerabilities in what the image installs (deploy/requirements.lock, which the venv above is held to).
# Vulnerabilities or partly unchecked pins fail; a service out of reach is said loudly (deploy/audit.py).
audit: venv
	@$(BIN)/python deploy/audit.py

broker-start: venv jars
	$(BIN)/factstream broker start

broker-stop: venv
	$(BIN)/factstream broker stop

broker-status: venv
	$(BIN)/factstream broker status

clean:
	rm -rf deploy/kafka/libs deploy/kafka/libs.partial .pytest_cache .ruff_cache .import_linter_cache
