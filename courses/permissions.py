"""Who may touch what: trainers their own courses' sessions, a partner's managers its
courses' sessions, the network's education managers everything."""

from django.conf import settings
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from courses.models import CoursePage, CourseSession, PartnerPage, parent_path


def can_manage_all_courses(user):
    return user.is_active and (user.is_superuser or user.has_perm("courses.manage_all_sessions"))


def course_keys_owned_by(user):
    """Translation keys of the courses the user owns or teaches, or runs as one of the
    managers of the partner they belong to, in any language (one query)."""
    managed_partners = PartnerPage.objects.filter(managers_group__user=user).values("path")
    return (
        CoursePage.objects.alias(partner_path=parent_path())
        .filter(Q(owner=user) | Q(trainers=user) | Q(partner_path__in=managed_partners))
        .values("translation_key")
    )


def partners_user_works_for(user):
    """The partners (original pages) whose courses the user may work on: every partner for
    the network's managers, else those the user manages or trains for."""
    partners = PartnerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if not can_manage_all_courses(user):
        partners = partners.filter(Q(managers_group__user=user) | Q(trainers_group__user=user))
    return partners.distinct().order_by("title")


def courses_user_can_schedule(user):
    """Course pages in whose session list the user may add or change sessions."""
    courses = CoursePage.objects.all()
    if can_manage_all_courses(user):
        return courses
    return courses.filter(translation_key__in=course_keys_owned_by(user))


class CourseSessionPermissionPolicy(ModelPermissionPolicy):
    def __init__(self):
        super().__init__(CourseSession)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if can_manage_all_courses(user):
            return True
        return CourseSession.objects.filter(
            pk=instance.pk, course_key__in=course_keys_owned_by(user)
        ).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return CourseSession.objects.none()
        if can_manage_all_courses(user):
            return CourseSession.objects.all()
        return CourseSession.objects.filter(course_key__in=course_keys_owned_by(user))

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission_for_instance(self, actions, instance):
        return super().users_with_any_permission(actions)
