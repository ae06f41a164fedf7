import pytest
from django.core.cache import cache
from django.utils import translation

from tests import factories


@pytest.fixture(autouse=True)
def _isolated(settings):
    cache.clear()
    settings.LANGUAGE_CODE = "de"
    yield
    translation.activate("de")


@pytest.fixture
def site(db):
    """The migrated site skeleton with the home page and catalogue in all five languages."""
    factories.translate_site()
    return factories


@pytest.fixture
def trainer(db):
    return factories.make_user("trainer.anna", group="Trainers", display_name="Anna Trainer")


@pytest.fixture
def other_trainer(db):
    return factories.make_user("trainer.jan", group="Trainers", display_name="Jan Trainer")


@pytest.fixture
def manager(db):
    return factories.make_user("manager", group="Education managers")
