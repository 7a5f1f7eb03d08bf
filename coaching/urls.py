"""URL routes of the coach's side, mounted at /coach/ (see tracker/urls.py)."""

from django.urls import path

from coaching import export_views, photo_views, views

urlpatterns = [
    path("", views.roster_page, name="roster"),
    path("clients/<int:athlete_id>/", views.client_detail, name="client_detail"),
    path("clients/<int:athlete_id>/table/<slug:key>/", views.client_table, name="client_table"),
    path("clients/<int:athlete_id>/notes/", views.note_create, name="note_create"),
    path("clients/<int:athlete_id>/notes/<int:pk>/edit/", views.note_edit, name="note_edit"),
    path("clients/<int:athlete_id>/notes/<int:pk>/delete/", views.note_delete, name="note_delete"),
    path("clients/<int:athlete_id>/photos/", photo_views.client_photos, name="client_photos"),
    path(
        "clients/<int:athlete_id>/photos/<int:pk>/<slug:size>/",
        photo_views.client_photo_file,
        name="client_photo_file",
    ),
    path("clients/<int:athlete_id>/export/", export_views.client_export, name="client_export"),
    path("invitations/", views.invitations, name="invitations"),
    path("invitations/<int:pk>/withdraw/", views.invitation_revoke, name="invitation_revoke"),
    path("invite/<slug:token>/", views.invitation_respond, name="invitation_respond"),
    path("my-coach/", views.my_coach, name="my_coach"),
    path("links/<int:pk>/end/", views.link_end, name="link_end"),
]
