"""My learning: the learner's bookings, courses under way, certificates."""

from django.contrib.auth.decorators import login_required

from learners.learning.my_learning import my_learning_context
from learners.learning.my_learning_cache import my_learning_response


@login_required
def my_learning(request):
    return my_learning_response(request, my_learning_context)
