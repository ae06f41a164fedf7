from django.urls import reverse
from wagtail.admin.panels import Panel


class SessionsPanel(Panel):
    """Lists a course's sessions on its edit page, with links to add and change them.

    Sessions are not stored on the page itself (that would copy them into every
    translation); they belong to the course's translation key.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/sessions_panel.html"

        def get_context_data(self, parent_context=None):
            from courses.models import CourseSession

            context = super().get_context_data(parent_context)
            course = self.instance
            sessions = []
            if course.pk:
                sessions = (
                    CourseSession.objects.for_course(course)
                    .select_related("venue")
                    .with_seats_taken()
                )
            # Adding or changing a session from here comes back here (FromCourseMixin).
            back = f"?course={course.pk}" if course.pk else ""
            context.update(
                sessions=sessions,
                add_url=reverse("sessions:add") + back,
                edit_url_name="sessions:edit",
                back_to_course=back,
            )
            return context
