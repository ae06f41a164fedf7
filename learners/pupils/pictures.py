"""Picture passwords for younger pupils: three of nine pictures, in order.

The chosen sequence is stored like any password ("apple-sun-fish"), so logging in again
with the same three pictures in the same order checks it the usual way.
"""

from django.utils.translation import gettext_lazy as _

#: key (part of the password), id of its drawing in
#: templates/learners/pupils/pictures/sprite.html, what a screen reader says.
PICTURES = [
    ("apple", "picture-apple", _("apple")),
    ("sun", "picture-sun", _("sun")),
    ("fish", "picture-fish", _("fish")),
    ("cat", "picture-cat", _("cat")),
    ("tree", "picture-tree", _("tree")),
    ("car", "picture-car", _("car")),
    ("star", "picture-star", _("star")),
    ("house", "picture-house", _("house")),
    ("ball", "picture-ball", _("ball")),
]
SEQUENCE_LENGTH = 3
PICTURE_KEYS = [key for key, _picture, _label in PICTURES]


def picture_choices():
    return [(key, label) for key, _picture, label in PICTURES]


def sequence_password(keys):
    """The password a sequence of picture keys stands for."""
    return "-".join(keys)
