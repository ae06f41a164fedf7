import pytest

from tests import factories


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def course(site):
    return factories.make_course(title="Fahrrad reparieren")
