"""The admin's language for the people who work in it.

Wagtail shows its admin in the language chosen in its account settings ("Preferred
language", ``UserProfile.preferred_language``), else in the language the browser asks
for. People who never opened those settings have told the platform their language
already (``User.preferred_language``, from sign-up or their profile): the admin uses it
where Wagtail's own setting is empty. Wagtail's setting, once chosen, wins.

The language is activated for the whole admin request, so that what Wagtail writes
outside its own language switch (the message after a refused page, for example) is in
the same language as the page.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils import translation
from wagtail.admin.localization import get_available_admin_languages


def admin_language(user):
    """The language the admin speaks to user, or None for the browser's."""
    try:
        # Wagtail reads the same profile for the view; the lookup is cached on the user.
        chosen = user.wagtail_userprofile.preferred_language
    except ObjectDoesNotExist:
        chosen = ""
    if chosen:
        return chosen
    language = getattr(user, "preferred_language", "")
    return language if language in dict(get_available_admin_languages()) else None


class AdminLanguageMiddleware:
    """After Django's LocaleMiddleware and the authentication middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and self.is_admin(request):
            language = admin_language(user)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)

    @staticmethod
    def is_admin(request):
        return request.path_info.startswith(reverse("wagtailadmin_home"))
