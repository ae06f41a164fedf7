"""Certificates in the partner's name: the partner that offered the course on the PDF, in
the credential (the achievement's creator) and on the verification page; the network stays
the issuer."""

import io

import jwt
import pypdf
import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from learners.certificates.credentials import credential_for, sign_credential
from learners.certificates.pdf import certificate_context
from learners.certificates.pdf import render_certificate_pdf as render_pdf
from learners.certificates.services import course_facts
from tests import factories
from tests.learners.certificates.test_credentials import (
    BASE_URL,
    fetch_json,
    validator_for,
    verified_claims,
)
from tests.openbadges_helpers import make_certificate

pytestmark = pytest.mark.django_db

NETWORK = "Wirkstatt – Innovationsnetzwerk Oberlausitz"
PARTNER = "Hochschule Zittau/Görlitz"
PARTNER_PL = "Uczelnia Żytawa/Zgorzelec"
PARTNER_EN = "Zittau/Görlitz University of Applied Sciences"


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    settings.OPENBADGES_ISSUER_URL = BASE_URL
    settings.OPENBADGES_ISSUER_EMAIL = "zertifikate@wirkstatt.example"


def make_logo(colour="#1d5e3a"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (400, 200), colour).save(buffer, format="PNG")
    return get_image_model().objects.create(title="Logo", file=ImageFile(buffer, name="logo.png"))


@pytest.fixture
def partner(site):
    partner = factories.make_partner(
        PARTNER,
        slug="hszg",
        logo=make_logo(),
        street="Theodor-Körner-Allee 16",
        postcode="02763",
        town="Zittau",
        email="weiterbildung@hszg.example",
        website="https://www.hszg.example/",
    )
    factories.translate(partner, "pl", title=PARTNER_PL, slug="hszg-pl")
    factories.translate(partner, "en", title=PARTNER_EN, slug="hszg-en")
    return partner


@pytest.fixture
def course(partner):
    return factories.make_course(title="Additive Fertigung", parent=partner)


@pytest.fixture
def learner(db):
    return factories.make_user("lena", email="lena@example.org", display_name="Lena Richter")


def issued(course, learner, language="de", **fields):
    """A certificate as the service issues it: the course's facts, partners included."""
    facts = course_facts(course.translation_key, language)
    return make_certificate(course, learner, language=language, **{**facts, **fields})


def page_text(pdf):
    """The page's text without spaces or line breaks, case folded (labels are in capitals)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return squeezed(reader.pages[0].extract_text()), reader


def squeezed(text):
    return "".join(text.split()).casefold()


def rendered(certificate):
    return render_pdf(certificate, sign_credential(certificate), credential_for(certificate))


# The certificate keeps who offered the course


def test_the_partners_are_kept_at_issue_time(course, learner, partner):
    certificate = issued(course, learner)

    assert certificate.partner_keys == [str(partner.translation_key)]


def test_a_course_that_moves_keeps_the_partner_on_its_certificates(course, learner, partner):
    certificate = issued(course, learner)
    other = factories.make_partner("Stadt Görlitz", kind="public_body", slug="goerlitz")
    course.move(other, pos="last-child")

    context = certificate_context(certificate)

    assert context["partner"].title == PARTNER


def test_a_certificate_from_before_partners_shows_the_partner_of_its_course(course, learner):
    certificate = make_certificate(course, learner, language="pl")  # no partner_keys stored
    assert certificate.partner_keys == []

    assert certificate_context(certificate)["partner"].title == PARTNER_PL


def test_a_course_of_the_default_partner_still_has_its_certificate(site, learner):
    course = factories.make_course(title="Löten für alle")
    certificate = issued(course, learner)

    text, _reader = page_text(rendered(certificate))

    assert squeezed("Testpartner") in text and squeezed(NETWORK) in text


# The PDF


def test_the_pdf_shows_the_partner_with_its_logo_and_the_network(course, learner):
    certificate = issued(course, learner)

    text, reader = page_text(rendered(certificate))

    assert squeezed("Angeboten von") in text
    assert squeezed(PARTNER) in text
    assert squeezed(NETWORK) in text  # the issuer, as before
    # The logo is the page's only raster image (QR code and seal are drawn as vectors).
    assert len(reader.pages[0].images) == 1


def test_the_polish_certificate_names_the_polish_partner(course, learner):
    certificate = issued(course, learner, language="pl")

    text, _reader = page_text(rendered(certificate))

    assert squeezed(PARTNER_PL) in text
    assert squeezed(PARTNER) not in text
    assert squeezed("Oferuje") in text


def test_a_partner_without_a_logo_is_named(site, learner):
    partner = factories.make_partner("Fraunhofer IWU", kind="research", slug="iwu")
    course = factories.make_course(title="Energiespeicher", parent=partner)

    text, reader = page_text(rendered(issued(course, learner)))

    assert squeezed("Fraunhofer IWU") in text
    assert len(reader.pages[0].images) == 0


def test_a_joint_course_names_its_co_providers(course, learner, site):
    town = factories.make_partner("Stadt Görlitz", kind="public_body", slug="goerlitz")
    firm = factories.make_partner("Lausitzer Druckwerk GmbH", kind="company", slug="druckwerk")
    course.co_providers = [town, firm]
    factories.publish(course)

    text, _reader = page_text(rendered(issued(course, learner)))

    assert squeezed("Gemeinsam angeboten von") in text
    for name in (PARTNER, "Stadt Görlitz", "Lausitzer Druckwerk GmbH"):
        assert squeezed(name) in text


def test_the_logo_needs_no_network(course, learner):
    """The logo travels as a data: URL, which the offline fetcher allows."""
    context = certificate_context(issued(course, learner))

    assert context["partner"].logo_data_url.startswith("data:image/png;base64,")


def test_a_logo_whose_file_is_gone_leaves_the_name(course, learner, partner):
    partner.logo.file.storage.delete(partner.logo.file.name)

    context = certificate_context(issued(course, learner))

    assert context["partner"].title == PARTNER
    assert context["partner"].logo_data_url == ""


# The credential


def test_the_credential_names_the_partner_as_creator_and_validates(client, course, learner):
    certificate = issued(course, learner, language="en")
    token = sign_credential(certificate)
    credential = credential_for(certificate)

    validator_for("achievementcredential.schema.json").validate(credential)
    achievement = credential["credentialSubject"]["achievement"]
    creator = achievement["creator"]
    assert creator["type"] == ["Profile"]
    assert creator["name"] == PARTNER_EN
    assert creator["id"] == f"{BASE_URL}{course.provider.url}"  # the original page
    assert creator["url"].startswith(BASE_URL + "/en/") and "hszg-en" in creator["url"]
    assert creator["image"]["type"] == "Image"
    assert creator["image"]["id"].startswith(BASE_URL + "/")
    assert creator["email"] == "weiterbildung@hszg.example"
    assert creator["address"] == {
        "type": ["Address"],
        "streetAddress": "Theodor-Körner-Allee 16",
        "postalCode": "02763",
        "addressLocality": "Zittau",
        "addressCountry": "Germany",
        "addressCountryCode": "DE",
    }
    assert PARTNER_EN in credential["description"] and NETWORK in credential["description"]
    # The network stays the one issuer: the same profile, the same key.
    assert credential["issuer"]["id"] == f"{BASE_URL}/openbadges/issuer"
    assert credential["issuer"]["name"] == NETWORK
    claims = verified_claims(client, token)
    assert claims["iss"] == f"{BASE_URL}/openbadges/issuer"
    assert claims["credentialSubject"]["achievement"]["creator"]["name"] == PARTNER_EN


def test_the_credential_of_a_polish_certificate_names_the_polish_partner(course, learner):
    credential = credential_for(issued(course, learner, language="pl"))

    creator = credential["credentialSubject"]["achievement"]["creator"]
    assert creator["name"] == PARTNER_PL
    assert creator["address"]["addressCountry"] == "Niemcy"
    assert PARTNER_PL in credential["description"]


def test_the_published_achievement_names_its_creator(client, course):
    achievement = fetch_json(client, f"{BASE_URL}/openbadges/achievements/{course.translation_key}")

    assert achievement["creator"]["name"] == PARTNER
    assert achievement["creator"]["id"] == f"{BASE_URL}{course.provider.url}"
    achievement_schema = validator_for("achievementcredential.schema.json").schema
    assert "creator" in achievement_schema["$defs"]["Achievement"]["properties"]


def test_a_signed_credential_carries_the_creator(client, course, learner):
    token = sign_credential(issued(course, learner))

    payload = jwt.decode(token, options={"verify_signature": False})

    assert payload["credentialSubject"]["achievement"]["creator"]["name"] == PARTNER


# The verification page


def test_the_verification_page_shows_the_partner_in_the_visitors_language(client, course, learner):
    certificate = issued(course, learner)

    html = client.get(f"/pl/certificates/{certificate.code}/").content.decode()

    assert "Oferuje" in html
    assert PARTNER_PL in html and PARTNER not in html
    assert 'href="/pl/' in html.split(PARTNER_PL)[0].rsplit("<a ", 1)[1]
    assert 'class="provider-logo"' in html
    assert NETWORK in html  # still issued by the network


def test_the_verification_page_names_co_providers(client, course, learner):
    town = factories.make_partner("Stadt Görlitz", kind="public_body", slug="goerlitz")
    course.co_providers = [town]
    factories.publish(course)

    html = client.get(f"/en/certificates/{issued(course, learner).code}/").content.decode()

    assert "Offered jointly by" in html
    assert PARTNER_EN in html and "Stadt Görlitz" in html


def verification_queries(client, certificate):
    client.get(f"/pl/certificates/{certificate.code}/")  # warm the caches
    with CaptureQueriesContext(connection) as context:
        response = client.get(f"/pl/certificates/{certificate.code}/")
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_verification_page_does_not_query_per_partner(
    client, course, learner, django_assert_max_num_queries
):
    legacy = make_certificate(course, learner, language="pl")
    certificate = issued(course, learner)
    few = verification_queries(client, certificate), verification_queries(client, legacy)

    for number in range(8):
        partner = factories.make_partner(f"Partner {number}", logo=make_logo("#c48a12"))
        factories.translate(partner, "pl", title=f"Partner {number} PL")
        course.co_providers.add(partner)
    factories.publish(course)
    many = issued(course, learner)
    assert len(many.partner_keys) == 9

    assert verification_queries(client, many) == few[0]
    assert verification_queries(client, legacy) == few[1]
    with django_assert_max_num_queries(12):
        client.get(f"/pl/certificates/{many.code}/")
