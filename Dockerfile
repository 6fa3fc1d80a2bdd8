# syntax=docker/dockerfile:1
# Same lock as `make`, model trained at build time, runs as a non-root user.
FROM python:3.10.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    RASA_TELEMETRY_ENABLED=false \
    TF_CPP_MIN_LOG_LEVEL=3 \
    SQLALCHEMY_SILENCE_UBER_WARNING=1 \
    PYTHONPATH=/app \
    DATABASE_PATH=/data/bot.db

WORKDIR /app
RUN groupadd --system bot && useradd --system --gid bot --home-dir /app bot \
    && mkdir -p /data && chown bot:bot /data

COPY requirements.lock ./
# Without the lines marked "# tensorflow-only": the pipeline has no TensorFlow component
# (1.9 GB less; see the Makefile).
RUN grep -v '# tensorflow-only' requirements.lock > /tmp/requirements.txt \
    && pip install --no-deps -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY config.yml ./
COPY bot/ bot/
COPY nlu/ nlu/
COPY stories/ stories/
COPY responses/ responses/
COPY db/ db/
# pip wrote the libraries' byte-code at install; the bot's own is compiled here, since
# PYTHONDONTWRITEBYTECODE keeps each start from writing it (and it would compile it again).
RUN RASA_MAX_CACHE_SIZE=0 python -m bot rasa train --config config.yml --domain responses --data nlu stories/train \
        --out models --fixed-model-name current --quiet --force \
    && python -m compileall -q bot \
    && rm -rf .rasa /tmp/* \
    && chown -R bot:bot /app

USER bot
VOLUME ["/data"]
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot"]
