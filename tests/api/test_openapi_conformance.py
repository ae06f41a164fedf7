"""schemathesis against the OpenAPI document, through the WSGI application: for every
operation, generated and hostile parameters never cause a server error, and every answer
conforms to the documented status codes, media types, headers and schemas."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.v1 import api
from tests import factories
from tests.openbadges_helpers import make_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def connection_kept_between_requests():
    """The WSGI handler closes the database connection after each request, which would end
    the test's transaction; Django's test client keeps it open the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture(autouse=True)
def catalogue(site, settings):
    """A catalogue with every kind of fact, and no limit that would hide the answers."""
    settings.API_RATE = "100000/m"
    settings.CERTIFICATE_LOOKUP_RATE = "100000/m"
    venue = factories.make_venue("Görlitz")
    course = factories.make_course(
        title="Solarstrom", ages=("adults", "seniors"), languages=("de", "pl")
    )
    factories.make_session(course, days_ahead=3, venue=venue)
    factories.translate(course, "pl", title="Prąd słoneczny")
    factories.make_course(title="Online lernen", format="self_paced", field="education")
    make_certificate(course, factories.make_user("lena", display_name="Lena Richter"))


# The document the site serves (test_http.py checks that it is this one), called through
# the WSGI application in the test's transaction.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = WSGIHandler()


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_every_operation_answers_as_documented(case):
    # A value of the right type that names no field, place or partner is a 400 with the
    # reason, not an empty list: positive data of the schema need not exist.
    case.call_and_validate(
        excluded_checks=[positive_data_acceptance], environ_base={"REMOTE_ADDR": "192.0.2.1"}
    )
