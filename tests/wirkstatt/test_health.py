"""/healthz: each dependency's state; 503 only when the node cannot serve pages, which is
when it cannot reach the database (docs/deployment.md, "Health check")."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import override_settings

pytestmark = pytest.mark.django_db

CLOSED_PORT = "redis://127.0.0.1:1/0"


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "wirkstatt.caching.redis.PooledClientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }


def test_all_well(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_all_well_with_redis_and_a_broker(client, settings, redis_url):
    settings.CELERY_BROKER_URL = redis_url
    with override_settings(CACHES=redis_cache(redis_url)):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok"}


def test_the_broker_down_leaves_the_node_in_service(client, settings):
    settings.CELERY_BROKER_URL = CLOSED_PORT
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "cache": "ok",
        "broker": "error",
    }


def test_redis_down_leaves_the_node_in_service(client):
    with override_settings(CACHES=redis_cache(CLOSED_PORT)):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error"}


def test_the_database_down_takes_the_node_out(client):
    with mock.patch("wirkstatt.health.connection") as connection:
        connection.cursor.side_effect = OperationalError("could not connect to server")
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}
