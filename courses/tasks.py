from celery import shared_task

from courses.renditions import prepare_renditions


@shared_task(ignore_result=True)
def prepare_page_renditions(page_id):
    return prepare_renditions(page_id)
