"""Wagtail's page-types report counts the whole site's pages: only the network's managers
open it, as only they find it in the reports menu; partner staff are sent back to the
dashboard with Wagtail's refusal, whatever address they type."""

import pytest
from django.urls import reverse

from tests import factories
from tests.courses.test_partners import partner_manager

pytestmark = pytest.mark.django_db

REPORT_URLS = [
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
]


@pytest.fixture
def staff(site, trainer):
    return {
        "trainer": trainer,
        "partner manager": partner_manager("lea", factories.german_partner()),
    }


@pytest.mark.parametrize("role", ["trainer", "partner manager"])
@pytest.mark.parametrize("name", REPORT_URLS)
def test_partner_staff_cannot_open_the_page_types_report(client, staff, role, name):
    client.force_login(staff[role])
    assert client.get("/admin/reports/course-progress/").status_code == 200  # their own report

    response = client.get(reverse(name))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    shown = [
        str(message.message) for message in client.get(response["Location"]).context["messages"]
    ]
    assert shown, "the refusal is explained"


@pytest.mark.parametrize("name", REPORT_URLS)
def test_the_network_managers_open_the_page_types_report(client, site, manager, name):
    factories.make_course(title="Gezählt")
    client.force_login(manager)

    response = client.get(reverse(name))

    assert response.status_code == 200
    assert "Gezählt" in response.content.decode() or "course" in response.content.decode().lower()
