"""/api/v1/fields, /age-groups, /languages, /places, /venues and /partners: the values the
course filters take, and the places and partners a course names, in the answer's language."""

from django.conf import settings
from django.http import HttpResponse
from ninja import Router

from api.languages import answering_in
from api.links import absolute
from api.problems import responses
from api.schemas import (
    AgeGroup,
    CompetenceField,
    InstructionLanguage,
    LanguageCode,
    Partner,
    Place,
    Venue,
)
from courses.catalogue import Vocabulary
from courses.models import Venue as VenueModel
from courses.queries import partners_in, venues_in

router = Router(tags=["vocabularies"])


def field_data(field):
    return {"code": field.code, "name": field.name, "description": field.description}


def age_group_data(group):
    return {
        "code": group.code,
        "name": group.name,
        "min_age": group.min_age,
        "max_age": group.max_age,
    }


def venue_data(venue):
    return {
        "key": venue.translation_key,
        "name": venue.name,
        "street": venue.street,
        "postcode": venue.postcode,
        "town": venue.town,
        "accessibility_notes": venue.accessibility_notes,
        "latitude": venue.latitude,
        "longitude": venue.longitude,
    }


def partner_reference(partner):
    return {
        "key": partner.translation_key,
        "name": partner.title,
        "url": absolute(partner.display_url),
    }


def partner_data(partner):
    return {
        **partner_reference(partner),
        "kind": partner.kind,
        "town": partner.town,
        "logo": absolute(partner.logo_url) or None,
        "filter_value": partner.filter_value,
    }


@router.get(
    "/fields",
    response={200: list[CompetenceField], **responses(400, 429)},
    url_name="api_fields",
    summary="Competence fields",
)
def fields(request, response: HttpResponse, lang: LanguageCode | None = None):
    """The four competence fields; `code` is the value of the `field` filter."""
    with answering_in(lang, response) as language_code:
        return [field_data(field) for field in Vocabulary(language_code).fields]


@router.get(
    "/age-groups",
    response={200: list[AgeGroup], **responses(400, 429)},
    url_name="api_age_groups",
    summary="Age groups",
)
def age_groups(request, response: HttpResponse, lang: LanguageCode | None = None):
    """The age groups; `code` is the value of the `age` filter."""
    with answering_in(lang, response) as language_code:
        return [age_group_data(group) for group in Vocabulary(language_code).age_groups]


@router.get(
    "/languages",
    response={200: list[InstructionLanguage], **responses(400, 429)},
    url_name="api_languages",
    summary="Languages of instruction",
)
def languages(request, response: HttpResponse, lang: LanguageCode | None = None):
    """The languages courses are taught in, named in the answer's language; `code` is the
    value of the `language` filter."""
    with answering_in(lang, response) as language_code:
        return [
            {"code": language.code, "name": language.name}
            for language in Vocabulary(language_code).languages
        ]


@router.get(
    "/places",
    response={200: list[Place], **responses(400, 429)},
    url_name="api_places",
    summary="Towns with sessions to come",
)
def places(request, response: HttpResponse, lang: LanguageCode | None = None):
    """The towns where sessions are still to come: `code` is the value of the `place`
    filter, `name` the town in the answer's language."""
    with answering_in(lang, response) as language_code:
        return [{"code": code, "name": name} for code, name in Vocabulary(language_code).places]


@router.get(
    "/venues",
    response={200: list[Venue], **responses(400, 429)},
    url_name="api_venues",
    summary="Venues",
)
def venues(request, response: HttpResponse, lang: LanguageCode | None = None):
    """Every venue, with its address and what it offers for people with disabilities."""
    with answering_in(lang, response) as language_code:
        originals = list(
            VenueModel.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("name")
        )
        shown = venues_in(originals, language_code)
        return [venue_data(shown.get(v.translation_key, v)) for v in originals]


@router.get(
    "/partners",
    response={200: list[Partner], **responses(400, 429)},
    url_name="api_partners",
    summary="Partners",
)
def partners(request, response: HttpResponse, lang: LanguageCode | None = None):
    """The network's organisations that offer courses."""
    with answering_in(lang, response) as language_code:
        return [partner_data(p) for p in partners_in(language_code, request)["by_key"].values()]
