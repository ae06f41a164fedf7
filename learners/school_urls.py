"""Pages for teachers: register a school, accept an invitation, book a class, My school."""

urlpatterns = []
