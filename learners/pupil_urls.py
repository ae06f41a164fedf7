"""Pages for pupils: join a class with its code and a pseudonym, log in."""

urlpatterns = []
