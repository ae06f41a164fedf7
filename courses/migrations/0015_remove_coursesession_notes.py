from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("courses", "0014_move_session_notes")]

    operations = [migrations.RemoveField(model_name="coursesession", name="notes")]
