from django.urls import path

from catalog import views

urlpatterns = [
    path("health", views.health),
    path("categories", views.categories),
    path("products/search", views.search),
    path("products/<int:product_id>", views.product),
]
