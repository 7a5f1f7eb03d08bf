"""Progress photos: upload, EXIF/GPS removal, bad files, limits, comparison, export, deletion.

Images are generated with Pillow in real formats (JPEG with real EXIF GPS tags, PNG, APNG, CMYK
JPEG), and the stored files are read back through the views and opened again with Pillow.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from coaching.models import CoachingLink
from tests.conftest import client_for
from tracker.models import ProgressPhoto, WeightEntry
from tracker.photos import photo_storage

URL = "/photos/"
TODAY = dt.date(2024, 3, 31)


@pytest.fixture(autouse=True)
def _frozen_today(time_machine):
    time_machine.move_to(dt.datetime(2024, 3, 31, 12, 0, tzinfo=dt.UTC), tick=False)


def jpeg(
    size: tuple[int, int] = (800, 600),
    *,
    gps: bool = False,
    orientation: int | None = None,
    mode: str = "RGB",
    colour: tuple[int, ...] = (180, 120, 90),
) -> bytes:
    image = Image.new(mode, size, colour)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneCo"
    exif[ExifTags.Base.Model] = "Serial-XYZ-123"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        info[ExifTags.GPS.GPSLatitudeRef] = "N"
        info[ExifTags.GPS.GPSLatitude] = (45.0, 27.0, 54.0)
        info[ExifTags.GPS.GPSLongitudeRef] = "E"
        info[ExifTags.GPS.GPSLongitude] = (9.0, 11.0, 24.0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def upload(name: str, data: bytes, content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def post(client, day: dt.date = TODAY, **files: SimpleUploadedFile):
    return client.post(URL, {"day": day.isoformat(), **files})


def fetch(client, url: str) -> Image.Image:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, no-store"
    return Image.open(io.BytesIO(b"".join(response.streaming_content)))


def stored_files() -> set[str]:
    storage = photo_storage()
    names: set[str] = set()
    for folder in storage.listdir("")[0] if storage.exists("") else []:
        names |= {f"{folder}/{name}" for name in storage.listdir(folder)[1]}
    return names


def test_gps_and_camera_exif_are_gone_after_upload(athlete, athlete_client):
    original = jpeg(gps=True)
    # The test image really carries the location and the device.
    source_exif = Image.open(io.BytesIO(original)).getexif()
    assert source_exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (45, 27, 54)
    assert source_exif[ExifTags.Base.Model] == "Serial-XYZ-123"

    response = post(athlete_client, front=upload("IMG_0001.jpg", original))
    assert response.status_code == 302
    photo = ProgressPhoto.objects.get(user=athlete)
    assert (photo.day, photo.pose) == (TODAY, "front")

    for size in ("full", "thumb"):
        image = fetch(athlete_client, f"/photos/{photo.pk}/{size}/")
        assert image.format == "JPEG"
        assert dict(image.getexif()) == {}
        assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert "exif" not in image.info
    # The raw stored bytes don't contain the serial either.
    with photo_storage().open(photo.image_name) as stored:
        assert b"Serial-XYZ-123" not in stored.read()


def test_photos_are_turned_upright_downscaled_and_thumbnailed(athlete, athlete_client):
    # 4000 x 3000 with "rotate 90° clockwise" (orientation 6): stored 1536 x 2048, upright.
    post(athlete_client, side=upload("side.jpg", jpeg((4000, 3000), orientation=6)))
    photo = ProgressPhoto.objects.get(user=athlete)
    assert (photo.width, photo.height) == (1536, 2048)
    assert fetch(athlete_client, f"/photos/{photo.pk}/full/").size == (1536, 2048)
    assert fetch(athlete_client, f"/photos/{photo.pk}/thumb/").size == (360, 480)


def test_cmyk_and_transparent_images_are_converted_to_rgb(athlete, athlete_client):
    png = io.BytesIO()
    Image.new("RGBA", (300, 400), (0, 0, 0, 0)).save(png, "PNG")
    response = post(
        athlete_client,
        front=upload("cmyk.jpg", jpeg(mode="CMYK", colour=(0, 50, 80, 10))),
        back=upload("clear.png", png.getvalue(), "image/png"),
    )
    assert response.status_code == 302
    for photo in ProgressPhoto.objects.filter(user=athlete):
        image = fetch(athlete_client, f"/photos/{photo.pk}/full/")
        assert image.mode == "RGB"
    back = ProgressPhoto.objects.get(user=athlete, pose="back")
    # A transparent PNG lands on white, not black.
    assert fetch(athlete_client, f"/photos/{back.pk}/full/").getpixel((10, 10)) == (255, 255, 255)


def _png_with_size(width: int, height: int) -> bytes:
    """A tiny valid PNG whose header claims `width` x `height` (a decompression bomb)."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = data[12:29]  # b"IHDR" + 13 bytes of header
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)))
    return bytes(data)


def _apng() -> bytes:
    buffer = io.BytesIO()
    frames = [Image.new("RGB", (50, 50), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    frames[0].save(buffer, "PNG", save_all=True, append_images=frames[1:], duration=100)
    return buffer.getvalue()


def _gif() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (50, 50)).save(buffer, "GIF")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.txt", b"just some text", "This file is not a photo we can read"),
        ("scan.jpg", b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n", "not a photo we can read"),
        ("empty.jpg", b"", "The submitted file is empty."),
        ("bomb.png", _png_with_size(100_000, 100_000), "dimensions are too large"),
        ("moving.png", _apng(), "Animated images can&#x27;t be progress photos"),
        ("old.gif", _gif(), "GIF images can&#x27;t be used. Upload a JPEG, PNG or WebP photo."),
        ("cut.jpg", jpeg()[: len(jpeg()) // 2], "damaged or incomplete"),
    ],
)
def test_bad_files_get_a_clear_message_and_nothing_is_saved(
    athlete, athlete_client, name, data, message
):
    before = stored_files()
    response = post(
        athlete_client,
        front=upload("good.jpg", jpeg()),  # a good photo in the same upload is not kept either
        side=upload(name, data),
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ProgressPhoto.objects.exists()
    assert stored_files() == before


def test_over_20_mb_is_refused_before_decoding(athlete, athlete_client):
    big = jpeg() + b"\0" * (20 * 1024 * 1024)
    response = post(athlete_client, front=upload("huge.jpg", big))
    assert response.status_code == 400
    assert "This photo is 20.0 MB; photos can be up to 20 MB." in response.content.decode()
    assert not ProgressPhoto.objects.exists()


def test_no_file_at_all_is_a_clear_message(athlete, athlete_client):
    response = post(athlete_client)
    assert response.status_code == 400
    assert "Choose at least one photo (front, side or back)." in response.content.decode()


def test_future_day_is_refused(athlete, athlete_client):
    response = post(athlete_client, day=TODAY + dt.timedelta(days=1), front=upload("a.jpg", jpeg()))
    assert response.status_code == 400
    assert "can&#x27;t be in the future" in response.content.decode()
    assert not ProgressPhoto.objects.exists()


def test_at_most_three_photos_per_day_and_pose(athlete, athlete_client):
    for _ in range(3):
        assert post(athlete_client, front=upload("f.jpg", jpeg())).status_code == 302
    before = stored_files()
    response = post(athlete_client, front=upload("f.jpg", jpeg()), back=upload("b.jpg", jpeg()))
    assert response.status_code == 400
    assert "You already have 3 front photos for 31 Mar 2024. Delete one first." in (
        response.content.decode()
    )
    assert ProgressPhoto.objects.filter(user=athlete).count() == 3  # the back photo neither
    assert stored_files() == before
    # Another day is fine.
    other_day = TODAY - dt.timedelta(days=1)
    assert post(athlete_client, day=other_day, front=upload("f.jpg", jpeg())).status_code == 302


def test_gallery_and_comparison_show_both_dates_with_trend_weight(athlete, athlete_client):
    first_day = TODAY - dt.timedelta(days=56)
    WeightEntry.objects.bulk_create(
        WeightEntry(user=athlete, day=first_day + dt.timedelta(days=n), weight_kg=80.0)
        for n in range(57)
    )
    post(athlete_client, day=first_day, front=upload("a.jpg", jpeg()), side=upload("b.jpg", jpeg()))
    post(athlete_client, day=TODAY, front=upload("c.jpg", jpeg()))
    html = athlete_client.get(URL).content.decode()
    # Default comparison: the first and the latest day.
    assert "4 Feb 2024" in html and "31 Mar 2024" in html
    assert html.count("Trend weight 80.0 kg") == 2
    assert "Trend weight change: <strong>+0.0 kg</strong>" in html
    assert "No side photo" in html  # the latest day has no side photo
    assert 'accept="image/*"' in html and 'capture="environment"' in html
    # Every image on the page goes through the private view.
    photo_ids = ProgressPhoto.objects.filter(user=athlete).values_list("pk", flat=True)
    for pk in photo_ids:
        assert f'src="/photos/{pk}/thumb/"' in html


def test_comparison_query_count_does_not_grow_with_photos(
    athlete, athlete_client, django_assert_max_num_queries
):
    for n in range(6):
        post(athlete_client, day=TODAY - dt.timedelta(days=7 * n), front=upload("a.jpg", jpeg()))
    with django_assert_max_num_queries(8):
        assert athlete_client.get(URL).status_code == 200


def test_coach_sees_the_gallery_read_only_and_a_former_coach_gets_404(
    athlete, athlete_client, coach_user
):
    post(athlete_client, front=upload("a.jpg", jpeg()))
    photo = ProgressPhoto.objects.get()
    link = CoachingLink.objects.create(coach=coach_user, athlete=athlete)
    coach = client_for(coach_user)
    page = coach.get(f"/coach/clients/{athlete.pk}/photos/").content.decode()
    assert f'src="/coach/clients/{athlete.pk}/photos/{photo.pk}/thumb/"' in page
    assert "Delete" not in page
    fetch(coach, f"/coach/clients/{athlete.pk}/photos/{photo.pk}/full/")
    # The athlete's own URL is not the coach's way in.
    assert coach.get(f"/photos/{photo.pk}/full/").status_code == 404
    link.ended_at = dt.datetime(2024, 3, 31, 11, 0, tzinfo=dt.UTC)
    link.ended_by = athlete
    link.save()
    assert coach.get(f"/coach/clients/{athlete.pk}/photos/{photo.pk}/full/").status_code == 404


def test_delete_removes_the_row_and_the_files(
    athlete, athlete_client, django_capture_on_commit_callbacks
):
    post(athlete_client, front=upload("a.jpg", jpeg()))
    photo = ProgressPhoto.objects.get()
    storage = photo_storage()
    assert storage.exists(photo.image_name) and storage.exists(photo.thumbnail_name)
    with django_capture_on_commit_callbacks(execute=True):
        response = athlete_client.post(f"/photos/{photo.pk}/delete/")
    assert response.status_code == 302
    assert not ProgressPhoto.objects.exists()
    assert not storage.exists(photo.image_name)
    assert not storage.exists(photo.thumbnail_name)


def test_export_zip_holds_the_photos(athlete, athlete_client):
    post(athlete_client, front=upload("a.jpg", jpeg(gps=True)), back=upload("b.jpg", jpeg()))
    response = athlete_client.get("/data/export/")
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = archive.namelist()
        assert "photos/2024-03-31-front-1.jpg" in names
        assert "photos/2024-03-31-back-1.jpg" in names
        image = Image.open(io.BytesIO(archive.read("photos/2024-03-31-front-1.jpg")))
        assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        index = archive.read("photos.csv").decode("utf-8-sig")
        assert "2024-03-31,front,photos/2024-03-31-front-1.jpg,800,600" in index


def test_deleting_the_account_deletes_the_photo_files(
    athlete, athlete_client, django_capture_on_commit_callbacks
):
    post(athlete_client, front=upload("a.jpg", jpeg()))
    photo = ProgressPhoto.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = athlete_client.post(
            "/settings/delete/", {"confirm": "DELETE", "password": "correct-horse-9"}
        )
    assert response.status_code == 302
    assert not ProgressPhoto.objects.exists()
    assert not photo_storage().exists(photo.image_name)
    assert not photo_storage().exists(photo.thumbnail_name)
