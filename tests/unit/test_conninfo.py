"""A password is refused in every form a PostgreSQL string can carry it, and never echoed."""
from mineaction_plugin.core.conninfo import has_password, looks_like_postgres, without_password

SECRET = "S3cr3t-pw"
WITH_PASSWORD = [
    f"host=db password={SECRET} schema=a", f"host=db password = {SECRET} schema=a",
    f"host=db PASSWORD={SECRET}", f"password={SECRET} host=db", f"host=db password='{SECRET} x'",
    f"postgresql://officer:{SECRET}@db/mineaction?schema=a", f"postgres://:{SECRET}@db/m",
    f"postgresql://officer@db/mineaction?password={SECRET}&schema=a",
    f"postgresql://officer@db/mineaction?schema=a&password={SECRET}",
    f"postgresql://officer@db/mineaction?schema=a%26password%3D{SECRET}",
    f"host=db sslpassword={SECRET}",
]
WITHOUT = ["service=anama schema=aghdam", "connection='Regional centre' schema=aghdam",
           "postgresql://officer@db.anama.local:5432/mineaction?schema=aghdam",
           "host=db user=officer passfile=/home/o/.pgpass schema=a"]


def test_every_form_of_a_password_is_found():
    for text in WITH_PASSWORD:
        assert has_password(text), text
        assert looks_like_postgres(text), text   # never taken for a file name to echo
    for text in WITHOUT:
        assert not has_password(text) and looks_like_postgres(text), text
    assert not looks_like_postgres("/home/officer/district.gpkg")


def test_messages_never_carry_the_password():
    for text in WITH_PASSWORD:
        if "%3D" not in text:
            assert SECRET not in without_password(text), text
    assert without_password("host=db user=o") == "host=db user=o"
