# Two commands for a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := run

VENV    := .venv
PY      := $(VENV)/bin/python
MODEL   := models/current.tar.gz
STAMP   := models/.inputs.sha256
export PYTHONPATH := $(CURDIR)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
# One BLAS thread: on two cores the classifier's fit lost minutes of system time to
# threads spinning against the checks that run beside it.
export OPENBLAS_NUM_THREADS := 1
export OMP_NUM_THREADS := 1
# Python's byte-code cache is written (an environment, such as a Docker base image, may set
# PYTHONDONTWRITEBYTECODE=1): the install skips compiling (`--no-compile`, below) and counts on
# the first import to write it. Without the cache every start compiled ~700 modules again:
# start to first reply 10.5 s instead of 4.0 s here (bench/nlu.py).
unexport PYTHONDONTWRITEBYTECODE

# Rasa 3.6 needs Python 3.10. Look for it: $PYTHON310, pyenv's 3.10.x (its shim needs
# PYENV_VERSION), then python3.10 on PATH.
PYENV_ROOT ?= $(HOME)/.pyenv
PY310 := $(shell \
  for c in "$$PYTHON310" $$(ls -d $(PYENV_ROOT)/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V -r) \
           /usr/local/bin/python3.10 /usr/bin/python3.10 python3.10; do \
    [ -n "$$c" ] || continue; \
    v=$$(PYENV_VERSION=$$(ls $(PYENV_ROOT)/versions 2>/dev/null | grep '^3\.10' | sort -V | tail -n1) \
         "$$c" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null); \
    if [ "$$v" = "3.10" ]; then echo "$$c"; break; fi; \
  done)

TRAIN_INPUTS = config.yml $(shell find nlu stories responses bot/dialogue/nlu_components.py bot/dialogue/script_norm.py bot/dialogue/hangul.py bot/language/terms.py -type f \( -name '*.yml' -o -name '*.py' \) -not -path 'stories/tests/*' | LC_ALL=C sort)

.PHONY: run test deps tensorflow model train lint validate core-test pytest unit-test model-test bench clean

run: deps model ## install, train if needed, start Telegram (token set) or the terminal chat
	$(PY) -m bot

test: deps ## everything CI runs; the checks and the tests that need no model run beside the training (it uses one core)
	@$(MAKE) --no-print-directory -j3 --output-sync=target model lint validate unit-test
	@$(MAKE) --no-print-directory -j2 --output-sync=target core-test model-test

deps: $(VENV)/.installed

# TensorFlow and its stack (the lock's lines marked "# tensorflow-only": 1.9 of a full venv's
# 2.8 GB; a fresh install 3:05 -> 2:28 here) serve only the DIET + TED variant of the
# benchmark (bench/config-diet.yml): the bot's pipeline has no TensorFlow component and never
# imports it (bot/dialogue/tensorflow_deferral.py). `make tensorflow` adds them. No byte-code
# at install (`--no-compile`): pip compiles all 12,000 modules (about 70 s on a slow machine),
# Python compiles the ~3,000 the bot and the training import, at their first import.
$(VENV)/.installed: requirements.lock
	@if [ -z "$(PY310)" ]; then echo "Python 3.10 not found: install it (pyenv install 3.10.13) or set PYTHON310=/path/to/python3.10" >&2; exit 1; fi
	@echo "Using $(PY310)"
	@[ -x $(PY) ] || PYENV_VERSION=$$(ls $(PYENV_ROOT)/versions 2>/dev/null | grep '^3\.10' | sort -V | tail -n1) $(PY310) -m venv $(VENV)
	grep -v '# tensorflow-only' requirements.lock > $(VENV)/requirements-core.txt
	$(PY) -m pip install --quiet --no-deps --no-compile -r $(VENV)/requirements-core.txt
	@touch $@

tensorflow: deps ## TensorFlow, for the DIET + TED benchmark variant only (bench/config-diet.yml)
	$(PY) -m pip install --quiet --no-deps -r requirements.lock

# Train only when config.yml, nlu/, stories/ (not tests), responses/ or the custom NLU component changed.
model: deps
	@hash=$$(cat $(TRAIN_INPUTS) | sha256sum | cut -d' ' -f1); \
	if [ -f $(MODEL) ] && [ "$$(cat $(STAMP) 2>/dev/null)" = "$$hash" ]; then \
	  echo "Model is up to date ($(MODEL))"; \
	else \
	  $(MAKE) --no-print-directory train && echo "$$hash" > $(STAMP); \
	fi

# `make validate` checks the data (beside the training, in `make test`): the training skips
# Rasa's own pass over it, half a minute.
# Rasa's training cache is off (`--force`, no cache size): this Makefile decides when to train,
# and the cache's fingerprints of every message cost minutes (bot/dialogue/training_speed.py).
train: deps
	RASA_MAX_CACHE_SIZE=0 $(PY) -m bot rasa train --config config.yml --domain responses --data nlu stories/train \
	  --out models --fixed-model-name current --quiet --skip-validation --force

lint: deps
	$(VENV)/bin/hadolint --failure-threshold warning Dockerfile

validate: deps
	$(PY) -m bot rasa data validate --config config.yml --domain responses --data nlu stories --quiet

core-test: model
	$(PY) -m bot rasa test core --model $(MODEL) --stories stories/tests --out var/rasa-test \
	  --fail-on-prediction-errors --quiet

pytest: model ## every test at once
	$(PY) -m pytest -q -n 4  # the e2e chats mostly wait on the fake Telegram: four at a time

# The tests that need no trained model (tests/conftest.py marks the others), one process:
# they run on the core the training leaves free.
unit-test: deps
	$(PY) -m pytest -q -m "not needs_model"

model-test: model
	$(PY) -m pytest -q -n 4 -m needs_model

bench: model ## benchmarks: print figures, assert nothing
	$(PY) bench/nlu.py
	$(PY) bench/langid.py
	$(PY) bench/intents.py
	$(PY) bench/emergency.py
	$(PY) bench/risk.py
	$(PY) bench/danger.py
	$(PY) bench/relayed.py
	$(PY) bench/load.py
	$(PY) bench/reports.py
	$(PY) bench/broadcast.py

clean:
	rm -rf $(VENV) models var
