"""The coach's pages: roster, client pages, notes and invitations."""

from django.urls import path

from coaching import views  # noqa: F401

urlpatterns: list = []
