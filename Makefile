# mistral-client maintainer entry points. `make help` lists them.
# Every target installs what it needs: a fresh machine needs only python3 (>= 3.11) and make.

.DEFAULT_GOAL := help
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
TMP := .tmp
SPEC ?= openapi.yaml
OUT ?= generated
# The generator's post-hooks run `ruff` from PATH: make it ours, the pinned one.
export PATH := $(CURDIR)/$(BIN):$(PATH)
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

GENERATE = $(BIN)/python scripts/prepare_spec.py

.PHONY: help install generate update-spec check-generated lint format typecheck test pytest \
	test-upstream record check-cassettes bench demo serve clean bytecode

help: ## list the targets and the variables they take
	@echo "Targets:"
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-17s %s\n", $$1, $$2}'
	@echo "Variables (make TARGET NAME=value):"
	@echo "  SPEC=$(SPEC)      the OpenAPI document generate reads; update-spec's new document"
	@echo "  OUT=$(OUT)          where generate writes _mistral_api"
	@echo "  COMMIT= SOURCE_PATH= REPOSITORY= COMMITTED=   update-spec: where SPEC was taken from"
	@echo "  ARGS=...               extra arguments: pytest (make pytest ARGS='-k stream'), bench (ARGS=--quick), serve (ARGS='--port 9000')"
	@echo "  PYTHON=$(PYTHON)       the interpreter that creates .venv"

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Byte-compiled on install: under PYTHONDONTWRITEBYTECODE=1 (container images, CI) Python writes
# no __pycache__ itself, and `import mistral_client` recompiled every installed module at each
# start (issue 8: about 560 ms; BENCHMARKS.md). uv compiles site-packages; the project is
# installed editable, so its own packages are compiled here and after `make generate`.
COMPILE = $(BIN)/python -m compileall -q -j 0

$(VENV)/.installed: $(BIN)/uv uv.lock pyproject.toml
	$(BIN)/uv sync --frozen --all-extras --quiet --compile-bytecode
	$(COMPILE) overlay generated
	@touch $@

install: $(VENV)/.installed ## create .venv from uv.lock (project editable, pinned generator and tools)

# The project's own bytecode, brought up to date (a no-op when it is) before the targets that time
# or show the client, so edits, a pull or `make clean` never leave them recompiling at each start.
bytecode: $(VENV)/.installed
	@$(COMPILE) overlay generated

generate: $(VENV)/.installed ## regenerate $(OUT)/_mistral_api from $(SPEC) (repairs upstream specs, see report)
	$(GENERATE) generate $(SPEC) $(OUT)
	$(COMPILE) $(OUT)

# Where SPEC was taken from, for openapi.provenance.yaml (read from a README table beside SPEC
# when it has one, as ../shared/openapi-upstream does).
ORIGIN = $(if $(COMMIT),--commit '$(COMMIT)') $(if $(SOURCE_PATH),--source-path '$(SOURCE_PATH)') \
	$(if $(REPOSITORY),--repository '$(REPOSITORY)') $(if $(COMMITTED),--committed '$(COMMITTED)')

update-spec: $(VENV)/.installed ## vendor Mistral's newer spec SPEC=path [COMMIT=...], regenerate, print what changed
	$(BIN)/python scripts/update_spec.py vendor $(SPEC) $(ORIGIN)
	$(COMPILE) generated

check-generated: $(VENV)/.installed ## fail if openapi.yaml was edited or generated/ is not what `make generate` writes
	@$(BIN)/python scripts/check_generated.py --provenance openapi.provenance.yaml
	@rm -rf $(TMP)/gen && mkdir -p $(TMP)/gen
	@$(GENERATE) generate openapi.yaml $(TMP)/gen --quiet
	@$(BIN)/python scripts/check_generated.py generated/_mistral_api $(TMP)/gen/_mistral_api

# The validator checks the prepared document (corrections and repairs applied: what is generated);
# the errors of Mistral's document as published are reported in one line, not failed on.
lint: $(VENV)/.installed ## ruff (style + import boundaries) and the OpenAPI validator on the prepared spec
	$(BIN)/ruff check overlay tests bench scripts
	$(BIN)/ruff format --check overlay tests bench scripts
	@mkdir -p $(TMP)
	$(GENERATE) repair openapi.yaml $(TMP)/prepared.json > $(TMP)/prepared.report.txt
	$(BIN)/python scripts/update_spec.py validate $(TMP)/prepared.json --strict
	@printf 'reported, not failed on: '; $(BIN)/python scripts/update_spec.py validate openapi.yaml

format: $(VENV)/.installed ## fix what ruff can fix
	$(BIN)/ruff check --fix overlay tests bench scripts
	$(BIN)/ruff format overlay tests bench scripts

typecheck: $(VENV)/.installed ## mypy --strict on the overlay, the typed usage file and generated code
	$(BIN)/mypy overlay tests/typing
	$(BIN)/mypy generated
	$(BIN)/python -c "import mistral_client"

pytest: $(VENV)/.installed ## the test suite alone: make pytest ARGS="-k stream"
	$(BIN)/pytest $(ARGS)

test: check-generated lint typecheck check-cassettes ## the full gate that CI runs
	$(BIN)/pytest --cov --cov-report=term-missing:skip-covered $(ARGS)

test-upstream: $(VENV)/.installed ## vendor each ../shared/openapi-upstream spec in a copy; overlay tests on it
	$(BIN)/pytest tests/generation/test_upstream_specs.py -v $(ARGS)

record: $(VENV)/.installed ## re-record tests/cassettes: the real API with MISTRAL_API_KEY, else the embedded server
	@test -n "$${MISTRAL_API_KEY:-}" || echo "MISTRAL_API_KEY is not set: recording against the embedded server"
	$(BIN)/pytest tests/contract/test_chat_contract.py --record-mode=rewrite $(ARGS)
	$(MAKE) check-cassettes

check-cassettes: $(VENV)/.installed ## fail on authorization headers or key-like strings in tests/cassettes
	$(BIN)/python scripts/check_cassettes.py tests/cassettes

bench: bytecode ## benchmarks vs raw httpx and the official SDK (not part of make test); ARGS=--quick
	$(BIN)/python bench/run.py $(ARGS)

demo: bytecode ## the chat workflow: embedded server, or the real API when MISTRAL_API_KEY is set
	$(BIN)/python -m mistral_client.demo

serve: $(VENV)/.installed ## run the embedded Mistral-compatible server on 127.0.0.1:8000
	$(BIN)/mistral-client serve $(ARGS)

# clean spares .venv: its byte-compiled packages keep imports fast under
# PYTHONDONTWRITEBYTECODE=1 (containers, CI), where Python writes no caches itself.
clean: ## remove caches and temporary files
	rm -rf $(TMP) .pytest_cache .mypy_cache .ruff_cache .coverage .benchmarks .hypothesis generated/_mistral_api/.ruff_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
