"""A database string holding a password is refused before anything connects, by every
algorithm, and neither the refusal nor Processing's log of the run repeats the password."""
import pytest
from qgis.core import QgsProcessingException

from conftest import RecordingFeedback

SECRET = "Pw-9f3kQz"
FORMS = [f"host=127.0.0.1 port=1 password={SECRET} schema=a",
         f"password = {SECRET} host=127.0.0.1 schema=a",
         f"postgresql://officer:{SECRET}@127.0.0.1:1/m?schema=a",
         f"postgresql://officer@127.0.0.1:1/m?schema=a&password={SECRET}"]


@pytest.mark.parametrize("text", FORMS)
def test_a_password_in_any_form_is_refused_and_never_repeated(mineaction_provider, text):
    import processing
    for name, key in (("createdatabase", "OUTPUT"), ("hazardprogress", "DATABASE"),
                      ("copydatabase", "OUTPUT")):
        parameters = {key: text, "OUTPUT": "memory:"} if key == "DATABASE" else {key: text}
        if name == "copydatabase":
            parameters["INPUT"] = "/nonexistent/district.gpkg"
        log = RecordingFeedback()
        with pytest.raises(QgsProcessingException) as refused:
            processing.run(f"mineaction:{name}", parameters, feedback=log)
        message = str(refused.value)
        assert SECRET not in message and SECRET not in "\n".join(log.lines), (name, message)
        assert "Write no password into the database string" in message, message
