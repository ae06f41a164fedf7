from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from courses.choosers import restrict_course_chooser
from courses.models import CourseSession
from courses.permissions import CourseSessionPermissionPolicy
from courses.viewsets import (
    AgeGroupViewSet,
    CompetenceFieldViewSet,
    CourseSessionViewSet,
    VenueViewSet,
)

register_permission_policy(CourseSession, CourseSessionPermissionPolicy())
register_snippet(CompetenceFieldViewSet)
register_snippet(AgeGroupViewSet)
register_snippet(VenueViewSet)


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return CourseSessionViewSet("sessions")


@hooks.register("construct_page_chooser_queryset")
def show_trainers_their_own_courses(pages, request):
    return restrict_course_chooser(pages, request)
