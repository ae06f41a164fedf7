"""The certificate PDF: what it says, in whose language, and that it proves itself."""

import datetime
import io
import json
import socket
import uuid
from decimal import Decimal

import pypdf
import pypdfium2
import pytest
import zxingcpp

from learners.certificates.pdf import course_dates, offline_url_fetcher, render_certificate_pdf
from learners.certificates.services import verification_url
from learners.codes import CERTIFICATE_CODE
from learners.models import Certificate
from tests import factories

HOLDER = "Łucija Wjelćić-Řezníčková"
COURSE = "Źródła energije – přehled"
TRAINERS = "Růžena Košková, Jan Nowak"
CREDENTIAL_JWT = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImtleS0xIn0.eyJpc3MiOiJ3aXJrc3RhdHQifQ.c2lnbmF0dXJl"
CREDENTIAL_JSON = {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "name": COURSE,
    "credentialSubject": {"type": ["AchievementSubject"], "name": HOLDER},
}


@pytest.fixture
def make_certificate(db):
    learner = factories.make_user("lucija", display_name=HOLDER)

    def make(**fields):
        values = {
            "code": CERTIFICATE_CODE.new(),
            "learner": learner,
            "holder_name": HOLDER,
            "language": "hsb",
            "course_key": uuid.uuid4(),
            "course_title": COURSE,
            "competence_field": "Slědźenje",
            "hours": Decimal("12.5"),
            "first_date": datetime.date(2026, 3, 3),
            "last_date": datetime.date(2026, 3, 5),
            "trainers": TRAINERS,
            "issued_at": datetime.datetime(2026, 3, 6, 9, 30, tzinfo=datetime.UTC),
        }
        return Certificate.objects.create(**{**values, **fields})

    return make


def render(certificate):
    return render_certificate_pdf(certificate, CREDENTIAL_JWT, CREDENTIAL_JSON)


def read(pdf):
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_text(pdf):
    """The page's text with line breaks and spaces gone, so wrapped lines still match."""
    return "".join(read(pdf).pages[0].extract_text().split())


def squeezed(text):
    return "".join(text.split())


def test_states_holder_course_code_and_keeps_every_letter(make_certificate):
    certificate = make_certificate()

    pdf = render(certificate)

    assert len(read(pdf).pages) == 1
    text = page_text(pdf)
    for value in (HOLDER, COURSE, TRAINERS, "Slědźenje", certificate.code):
        assert squeezed(value) in text
    for letter in "łřěćžóšč":
        assert letter in text
    assert squeezed("Wirkstatt – Innovationsnetzwerk Oberlausitz") in text


def test_issuing_organisation_comes_from_the_settings(make_certificate, settings):
    settings.OPENBADGES_ISSUER_NAME = "Hochschule Zittau/Görlitz"

    pdf = render(make_certificate())

    assert squeezed("Hochschule Zittau/Görlitz") in page_text(pdf)
    assert read(pdf).metadata.author == "Hochschule Zittau/Görlitz"


def test_attaches_the_signed_credential_unchanged(make_certificate):
    certificate = make_certificate()

    attachments = read(render(certificate)).attachments

    assert sorted(attachments) == [f"{certificate.code}.json", f"{certificate.code}.jwt"]
    assert attachments[f"{certificate.code}.jwt"] == [CREDENTIAL_JWT.encode()]
    [credential] = attachments[f"{certificate.code}.json"]
    assert json.loads(credential) == CREDENTIAL_JSON


def test_qr_code_leads_to_the_verification_page(make_certificate, settings):
    """At the site's public address (WAGTAILADMIN_BASE_URL), which a phone can reach."""
    settings.WAGTAILADMIN_BASE_URL = "https://kurse.wirkstatt.example"
    certificate = make_certificate(language="pl")
    url = verification_url(certificate)
    assert url == f"https://kurse.wirkstatt.example/pl/certificates/{certificate.code}/"

    pdf = render(certificate)

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=200 / 72).to_pil()
    finally:
        document.close()
    codes = zxingcpp.read_barcodes(image)
    assert [code.text for code in codes] == [url]
    assert url.startswith("http") and "/pl/" in url and certificate.code in url
    assert squeezed(url) in page_text(pdf)


def test_metadata_names_certificate_issuer_and_language(make_certificate):
    certificate = make_certificate(language="cs")

    reader = read(render(certificate))

    assert HOLDER in reader.metadata.title and COURSE in reader.metadata.title
    assert reader.metadata.author == "Wirkstatt – Innovationsnetzwerk Oberlausitz"
    assert reader.trailer["/Root"]["/Lang"] == "cs"


@pytest.mark.parametrize(
    ("language", "labels", "foreign_labels", "course_days", "issue_day"),
    [
        (
            "de",
            ["Zertifikat", "Kompetenzfeld", "Dauer", "Trainer:innen"],
            ["Certyfikat", "Obszar kompetencji"],
            "3. März 2026 – 5. März 2026",
            "6. März 2026",
        ),
        (
            "pl",
            ["Certyfikat", "Obszar kompetencji", "Czas trwania", "Trenerzy"],
            ["Zertifikat", "Kompetenzfeld"],
            "3 marca 2026 – 5 marca 2026",
            "6 marca 2026",
        ),
    ],
)
def test_speaks_the_language_of_the_certificate(
    make_certificate, language, labels, foreign_labels, course_days, issue_day
):
    text = page_text(render(make_certificate(language=language))).casefold()

    for label in labels:
        assert squeezed(label).casefold() in text
    for label in foreign_labels:
        assert squeezed(label).casefold() not in text
    assert squeezed(course_days).casefold() in text
    assert squeezed(issue_day).casefold() in text
    assert "12,5" in text


def test_one_day_course_shows_one_date(make_certificate):
    day = datetime.date(2026, 5, 9)
    certificate = make_certificate(
        language="de", course_title="Drucken in 3D", first_date=day, last_date=day
    )

    text = page_text(render(certificate))

    assert text.count(squeezed("9. Mai 2026")) == 1
    assert "–" not in text.replace(squeezed("Wirkstatt – Innovationsnetzwerk"), "")


def test_several_day_course_shows_the_range(make_certificate):
    certificate = make_certificate(
        language="de",
        course_title="Drucken in 3D",
        first_date=datetime.date(2026, 9, 28),
        last_date=datetime.date(2026, 10, 2),
    )

    text = page_text(render(certificate))

    assert squeezed("28. September 2026 – 2. Oktober 2026") in text


def test_course_dates_for_one_day_a_range_or_none():
    first, last = datetime.date(2026, 3, 3), datetime.date(2026, 3, 5)

    assert course_dates(None, None) is None
    assert course_dates(first, None)[1] == course_dates(first, first)[1]
    assert course_dates(last, first) == course_dates(first, last)
    assert course_dates(first, last)[1].count("2026") == 2
    assert course_dates(first, first)[1].count("2026") == 1


def test_longest_values_still_fit_on_one_page(make_certificate):
    certificate = make_certificate(
        language="cs",
        holder_name=("Maximiliane-Božena Wjelćić-Řezníčková z Horní Lužice " * 3)[:150],
        course_title=("Źródła energije – přehled: Speicher, Netze und Dekarbonisierung " * 4)[:255],
        competence_field="Vzdělávání pro všechny generace v regionu",
        trainers=("Růžena Košková, Bartłomiej Szczepański-Wiśniewski, Hanka Krawcec, " * 5)[:300],
        hours=Decimal("1234.5"),
    )

    pdf = render(certificate)

    assert len(read(pdf).pages) == 1
    assert certificate.code in page_text(pdf)


def test_rendering_the_same_certificate_twice_gives_the_same_file(make_certificate):
    certificate = make_certificate()

    assert render(certificate) == render(certificate)


def test_rendering_never_opens_a_network_connection(make_certificate, monkeypatch):
    certificate = make_certificate(course_title='<img src="http://example.org/tracker.png">')

    def refuse(*args):
        raise AssertionError("rendering tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)

    pdf = render(certificate)

    assert squeezed('<img src="http://example.org/tracker.png">') in page_text(pdf)


@pytest.mark.parametrize("url", ["http://example.org/logo.png", "https://example.org/a.css"])
def test_url_fetcher_refuses_the_network(url):
    with pytest.raises(ValueError, match="disallowed protocol"):
        offline_url_fetcher().fetch(url)
