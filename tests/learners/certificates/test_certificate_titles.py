"""A certificate shows the facts as issued (its course title in the language it was
issued in) and, to readers in another language, the course's title in theirs."""

import pytest

from learners.certificates import services as certificates
from tests import factories

pytestmark = pytest.mark.django_db

TITLE = "Roboter bauen"
TITLE_EN = "Building robots"


@pytest.fixture
def certificate(site, manager):
    factories.translate_site(codes=("en", "pl"))
    course = factories.make_course(title=TITLE)
    factories.translate(course, "en", title=TITLE_EN, slug="building-robots")
    learner = factories.make_user("lena", year_of_birth=1990, preferred_language="de")
    issued = certificates.issue_manually(learner, course, manager, hours=3)
    assert issued.language == "de" and issued.course_title == TITLE
    return issued


def test_the_verification_page_adds_the_title_in_the_readers_language(client, certificate):
    html = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert f'<span lang="de">{TITLE}</span>' in html
    assert f"Course title in this language: {TITLE_EN}" in html


@pytest.mark.parametrize("language", ["de", "pl"])
def test_no_second_title_where_there_is_none_or_it_is_the_same(client, certificate, language):
    html = client.get(f"/{language}/certificates/{certificate.code}/").content.decode()
    assert TITLE in html
    assert "title-for-reader" not in html


def test_my_learning_lists_the_certificate_with_both_titles(client, certificate):
    client.force_login(certificate.learner)
    html = client.get("/en/my-learning/").content.decode()
    assert f'<h3 lang="de">{TITLE}</h3>' in html
    assert f"Course title in this language: {TITLE_EN}" in html
