"""What every client of the API relies on: problem details, revalidation with ETag, the
page cache, CORS for reading, the limit per address, and no personal data."""

import json

import pytest

from api.v1 import api
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site):
    course = factories.make_course(title="Solarstrom im Dorf")
    factories.make_session(course, days_ahead=10)
    return course


def test_an_unchanged_answer_is_revalidated_with_its_etag(client, course):
    first = client.get("/api/v1/courses")
    etag = first["ETag"]
    assert etag
    again = client.get("/api/v1/courses", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    factories.make_course(title="Noch ein Kurs")
    changed = client.get("/api/v1/courses", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_answers_come_from_the_page_cache_until_something_changes(
    client, course, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    path = f"/api/v1/courses/{course.translation_key}"
    assert "X-Page-Cache" not in client.get(path)
    cached = client.get(path)
    assert cached["X-Page-Cache"] == "hit"
    assert client.get(path, HTTP_IF_NONE_MATCH=cached["ETag"]).status_code == 304
    with django_capture_on_commit_callbacks(execute=True):
        session = factories.make_session(course, days_ahead=20)
    fresh = client.get(path)
    assert "X-Page-Cache" not in fresh
    assert session.pk in [s["id"] for s in fresh.json()["sessions"]]


def test_each_language_is_cached_apart(client, course, settings):
    settings.PAGE_CACHE_SECONDS = 300
    factories.translate(course, "pl", title="Prąd słoneczny na wsi")
    client.get("/api/v1/courses", HTTP_ACCEPT_LANGUAGE="de")
    polish = client.get("/api/v1/courses", HTTP_ACCEPT_LANGUAGE="pl")
    assert polish.json()["results"][0]["title"] == "Prąd słoneczny na wsi"
    assert "Accept-Language" in polish["Vary"]


def test_any_website_may_read_it(client, course):
    response = client.get("/api/v1/courses", HTTP_ORIGIN="https://www.goerlitz.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/courses",
        HTTP_ORIGIN="https://www.goerlitz.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    allowed = preflight["Access-Control-Allow-Methods"]
    assert "GET" in allowed and "POST" not in allowed and "DELETE" not in allowed
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]


def test_the_site_itself_sends_no_cors_headers(client, course):
    page = client.get(course.url, HTTP_ORIGIN="https://www.goerlitz.example")
    assert "Access-Control-Allow-Origin" not in page


def test_only_reading_is_allowed(client, course):
    for answer in (
        client.post("/api/v1/courses", {"title": "x"}, HTTP_ACCEPT_LANGUAGE="pl"),
        client.delete(f"/api/v1/courses/{course.translation_key}", HTTP_ACCEPT_LANGUAGE="pl"),
    ):
        assert answer.status_code == 405
        assert "GET" in answer["Allow"]
        assert answer["Content-Type"] == "application/problem+json"
        assert answer.json()["detail"] == "Pod tym adresem można tylko odczytywać."


def test_too_many_requests_are_answered_with_429_and_when_to_retry(client, course, settings):
    settings.API_RATE = "3/m"
    for _ in range(3):
        assert client.get("/api/v1/fields").status_code == 200
    refused = client.get("/api/v1/fields", HTTP_ACCEPT_LANGUAGE="pl")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert refused["Content-Type"] == "application/problem+json"
    problem = refused.json()
    assert (problem["status"], problem["title"]) == (429, "Zbyt wiele zapytań")
    other_address = client.get("/api/v1/fields", REMOTE_ADDR="192.0.2.7")
    assert other_address.status_code == 200


def test_errors_are_problem_details_in_the_readers_language(client, course):
    for path, status in [
        ("/api/v1/nothing-here", 404),
        ("/api/v1/courses/00000000-0000-0000-0000-000000000000", 404),
        ("/api/v1/courses?page_size=1000", 400),
        ("/api/v2/courses", 404),
    ]:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="cs")
        assert response.status_code == status, path
        assert response["Content-Type"] == "application/problem+json"
        problem = response.json()
        assert set(problem) >= {"type", "title", "status", "detail", "instance"}
        assert problem["status"] == status and problem["instance"] == path
        assert response["Content-Language"] == "cs"
    too_big = client.get("/api/v1/courses?page_size=1000", HTTP_ACCEPT_LANGUAGE="cs").json()
    assert too_big["errors"] == [
        {"name": "page_size", "message": "Zadejte prosím číslo nejvýše 100."}
    ]


PERSONAL = {"email", "phone", "username", "display_name", "learner", "user", "holder_name",
            "year_of_birth", "date_of_birth", "password", "trainers", "owner"}  # fmt: skip


def properties(schema):
    for name, definition in schema.get("components", {}).get("schemas", {}).items():
        for field in definition.get("properties", {}):
            yield name, field


def test_no_answer_but_the_certificate_names_a_person(client):
    document = client.get("/api/v1/openapi.json").json()
    personal = {(name, field) for name, field in properties(document) if field in PERSONAL}
    assert personal == {("Certificate", "holder_name"), ("Certificate", "trainers")}


def test_the_openapi_document_is_version_3_1_and_lists_every_operation(client):
    response = client.get("/api/v1/openapi.json")
    document = response.json()
    assert document["openapi"] == "3.1.0"
    assert set(document["paths"]) == {
        "/api/v1/courses", "/api/v1/courses/{key}", "/api/v1/fields", "/api/v1/age-groups",
        "/api/v1/languages", "/api/v1/places", "/api/v1/venues", "/api/v1/partners",
        "/api/v1/certificates/{code}",
    }  # fmt: skip
    for path, operations in document["paths"].items():
        responses = operations["get"]["responses"]
        assert "200" in responses and "429" in responses, path
    assert json.loads(json.dumps(api.get_openapi_schema())) == document
