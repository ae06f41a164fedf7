"""Every interface string is shipped, translated, in all five languages."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_catalogue_is_complete(code):
    catalogue = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 200
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert catalogue.percent_translated() == 100


@pytest.mark.parametrize("code", ["pl", "cs", "hsb"])
def test_plural_forms_follow_the_language(code):
    with translation.override(code):
        forms = {
            n: translation.ngettext("%(seats)s seat left", "%(seats)s seats left", n)
            for n in (1, 2, 5)
        }
    assert len(set(forms.values())) == 3
