from django.urls import path

from notes import views

urlpatterns = [
    path("health", views.health),
    path("notes", views.collection),
    path("notes/<str:note_id>", views.item),
]
