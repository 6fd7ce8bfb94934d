"""PostgreSQL connection strings as officers type them: recognised, and never with a password.

A password written into a database string would be kept in Processing's history, in project
files and in logs; the plugin refuses it before anything connects, in every form libpq and
URIs allow, and words every message about a connection without it.
"""
import re

# libpq's connection keywords: a string starting with one of them is a PostgreSQL target
LIBPQ_KEYWORDS = ("service", "dbname", "host", "hostaddr", "port", "user", "password",
                  "passfile", "connection", "sslmode", "sslpassword", "options",
                  "application_name", "connect_timeout", "target_session_attrs")
_KEYWORD_START = re.compile(r"^\s*(%s)\s*=" % "|".join(LIBPQ_KEYWORDS), re.IGNORECASE)
_URI = re.compile(r"^\s*postgres(ql)?://", re.IGNORECASE)
# password=…, password = …, PASSWORD=…, sslpassword=…, ?password=… / &password=… in a URI
_PASSWORD_KEY = re.compile(r"(^|[\s?&;])(ssl)?password\s*=", re.IGNORECASE)
# user:secret@host (or :secret@host) in a URI's authority
_URI_SECRET = re.compile(r"^\s*postgres(ql)?://[^/?#@]*:[^/?#@]*@", re.IGNORECASE)


def looks_like_postgres(text):
    text = text if isinstance(text, str) else ""
    return bool(_URI.match(text) or _KEYWORD_START.match(text) or has_password(text))


def has_password(text):
    text = text if isinstance(text, str) else ""
    from urllib.parse import unquote
    for form in (text, unquote(text)):
        if _PASSWORD_KEY.search(form) or _URI_SECRET.match(form):
            return True
    return False


def without_password(text):
    """`text` fit for a message: any password in it replaced by ***."""
    text = re.sub(r"((?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&;]+)", r"\1***", text,
                  flags=re.IGNORECASE)
    return re.sub(r"(://[^/?#@:]*):[^/?#@]*@", r"\1:***@", text)
