from django.urls import path

from app import views

urlpatterns = [
    path("health", views.health),
    path("register", views.register),
    path("login", views.login),
    path("me", views.me),
]
