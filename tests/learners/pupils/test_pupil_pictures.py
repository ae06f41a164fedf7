"""The picture password's pictures are drawn inline, not left to an emoji font."""

import re

import pytest

from learners.pupils.pictures import PICTURE_KEYS

LOGIN_URL = "/en/join/login/"
EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")


@pytest.mark.django_db
def test_each_picture_is_an_inline_drawing_beside_its_label(client):
    page = client.get(LOGIN_URL).content.decode()
    assert not EMOJI.search(page)
    assert page.count('<svg class="picture-sprite"') == 1
    for key in PICTURE_KEYS:
        assert page.count(f'<symbol id="picture-{key}"') == 1
        drawn = f'aria-hidden="true" focusable="false"><use href="#picture-{key}"/></svg>'
        label = f'<span class="picture-label">{key}</span>'
        assert page.count(drawn + label) == 3  # one per row: first, second, third picture
