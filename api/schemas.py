"""What the public API answers, as pydantic models: django-ninja builds the OpenAPI document
from them, and every response is validated against them. Nothing here names a person, except
what a certificate states (``Certificate``), which its holder shares by handing out the code."""

import datetime
import decimal
import uuid
from typing import Literal

from ninja import Schema
from pydantic import Field

LanguageCode = Literal["de", "en", "pl", "cs", "hsb"]


class ParameterError(Schema):
    name: str = Field(description="The query parameter, or `path` for the address.")
    message: str


class Problem(Schema):
    """An error, as RFC 9457 problem details (``application/problem+json``)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str = Field(description="The address that was asked for.")
    errors: list[ParameterError] = Field(
        default_factory=list, description="What was wrong with each parameter, if any."
    )


class CompetenceField(Schema):
    code: str = Field(examples=["economy"])
    name: str = Field(examples=["Wirtschaft"])
    description: str = ""


class AgeGroup(Schema):
    code: str = Field(examples=["children"])
    name: str = Field(examples=["Kinder"])
    min_age: int | None = None
    max_age: int | None = None


class InstructionLanguage(Schema):
    code: str = Field(examples=["pl"])
    name: str = Field(examples=["Polski"])


class Place(Schema):
    code: str = Field(description="The value of the `place` filter.", examples=["Görlitz"])
    name: str = Field(description="The town in the answer's language.")


class Venue(Schema):
    key: uuid.UUID = Field(description="The same in every language.")
    name: str
    street: str
    postcode: str
    town: str
    accessibility_notes: str = ""
    latitude: float | None = None
    longitude: float | None = None


class Partner(Schema):
    key: uuid.UUID = Field(description="The same in every language.")
    name: str
    kind: str = Field(examples=["university"])
    town: str = ""
    url: str = Field(description="The partner's page in the language of the answer.")
    logo: str | None = Field(None, description="The address of the partner's logo.")
    filter_value: str = Field(description="Its value for the `partner` filter of /courses.")


class PartnerReference(Schema):
    key: uuid.UUID
    name: str
    url: str


class Picture(Schema):
    url: str
    width: int
    height: int
    alt: str = Field(description="What the picture shows, for people who cannot see it.")


class NextDate(Schema):
    start: datetime.datetime
    town: str | None = None
    meetings: int = Field(description="How often the group meets in this session.")


class CourseSummary(Schema):
    key: uuid.UUID = Field(description="The course's key: the same in every language.")
    language: LanguageCode = Field(
        description="The language of the texts: the one asked for, or German where the "
        "course is not translated into it."
    )
    title: str
    teaser: str
    url: str = Field(description="The course page.")
    field: CompetenceField
    age_groups: list[AgeGroup]
    minimum_age: int | None = None
    format: Literal["in_person", "self_paced", "blended"]
    instruction_languages: list[str] = Field(examples=[["de", "pl"]])
    fee: decimal.Decimal = Field(description="In euros; 0 is free of charge.")
    certificate: bool = Field(description="Whether participants get a certificate.")
    partners: list[PartnerReference] = Field(description="Who offers it, the lead first.")
    next_date: NextDate | None = None
    picture: Picture | None = None


class CoursePage(Schema):
    count: int = Field(description="Courses matching the query, on all pages.")
    page: int
    pages: int
    page_size: int
    next: str | None = Field(None, description="The address of the next page.")
    previous: str | None = None
    results: list[CourseSummary]


class Meeting(Schema):
    start: datetime.datetime
    end: datetime.datetime
    status: Literal["scheduled", "cancelled"]
    venue: Venue | None = None


class Session(Schema):
    id: int
    start: datetime.datetime
    end: datetime.datetime
    status: Literal["scheduled", "cancelled"]
    online: bool
    capacity: int
    seats_left: int
    bookable: bool = Field(description="Whether it can be booked now.")
    bookable_until: datetime.datetime
    venue: Venue | None = None
    meetings: list[Meeting]
    notes: list[str] = Field(description="Notes for participants, e.g. what to bring.")
    booking_url: str = Field(description="Where a visitor books it (the course page).")
    calendar_url: str = Field(description="An iCalendar file of the session.")


class CourseDetail(CourseSummary):
    description_html: str = Field(
        description="The description as HTML, limited to paragraphs, headings, lists, "
        "emphasis, links and pictures, with absolute addresses."
    )
    learning_outcomes: list[str]
    prerequisites: str
    duration_hours: decimal.Decimal
    sessions: list[Session] = Field(description="The sessions still to come.")


class Certificate(Schema):
    """What the public verification page shows, nothing more."""

    code: str
    state: Literal["valid", "revoked"]
    holder_name: str
    course_title: str = Field(description="As issued, in the certificate's language.")
    course_title_in_language: str | None = Field(
        None, description="The course's title in the language asked for, where it differs."
    )
    language: LanguageCode
    competence_field: str
    hours: decimal.Decimal
    first_date: datetime.date | None = None
    last_date: datetime.date | None = None
    trainers: str
    issued_at: datetime.datetime
    revoked_at: datetime.datetime | None = None
    revocation_reason: str = ""
    issuer: str
    partners: list[PartnerReference]
    verification_url: str
    credential_url: str | None = Field(
        None, description="The signed Open Badges 3.0 credential (JSON)."
    )
