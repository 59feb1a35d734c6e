"""Where a team store is: a PostgreSQL server, database and role, as a libpq URL.

The password is never part of an address the workbench keeps or shows: libpq
finds it in its usual places (``~/.pgpass``, a service file, ``PGPASSWORD``).  A
URL typed with a password still connects (it goes to the driver as typed), but
:meth:`TeamStoreAddress.url`, :func:`shown` and everything saved leave it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from ..errors import WorkbenchError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432


class TeamStoreAddressError(WorkbenchError):
    """A team store address that cannot be used, said in one line."""


def is_team_store(target: object) -> bool:
    """True for a PostgreSQL URL (``postgresql://…``), False for a store file's path."""
    return (
        isinstance(target, str)
        and target.split("://", 1)[0].lower() in SCHEMES
        and ("://" in target)
    )


@dataclass(frozen=True)
class TeamStoreAddress:
    database: str
    host: str = ""  # a host name or address, or a socket folder ("/run/postgresql"); "": libpq's
    user: str = ""  # "": libpq's default (the login name)
    port: int | None = None

    def __post_init__(self) -> None:
        if not self.database.strip():
            raise TeamStoreAddressError("a team store needs a database name")
        if self.port is not None and not 0 < self.port < 65536:
            raise TeamStoreAddressError(f"port {self.port} is not a port number (1–65535)")
        for name, value in (("database", self.database), ("host", self.host), ("user", self.user)):
            if any(ord(c) < 32 for c in value):
                raise TeamStoreAddressError(f"the {name} name holds a control character")

    @classmethod
    def parse(cls, url: str) -> TeamStoreAddress:
        """The address of ``postgresql://[user[:password]@][host][:port]/database[?host=…]``
        (the password, if any, is dropped)."""
        if not is_team_store(url):
            raise TeamStoreAddressError(f"{shown(url)}: not a postgresql:// address")
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as error:
            raise TeamStoreAddressError(f"{shown(url)}: {error}") from None
        query = parse_qs(parts.query)
        host = query["host"][0] if "host" in query else unquote(parts.hostname or "")
        database = unquote(parts.path.lstrip("/")) or query.get("dbname", [""])[0]
        if not database:
            raise TeamStoreAddressError(f"{shown(url)}: the address names no database")
        user = unquote(parts.username or "") or query.get("user", [""])[0]
        return cls(database=database, host=host, user=user, port=port)

    def url(self) -> str:
        """The address as a libpq URL, without a password."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        query = {}
        host = self.host
        if host.startswith("/"):  # a socket folder cannot sit in the authority part
            query["host"] = host
            host = ""
        elif ":" in host:
            host = f"[{host}]"  # an IPv6 address
        else:
            host = quote(host, safe="")
        port = f":{self.port}" if self.port is not None else ""
        database = quote(self.database, safe="")
        tail = f"?{urlencode(query, safe='/')}" if query else ""
        return f"postgresql://{user}{host}{port}/{database}{tail}"

    def label(self) -> str:
        """How the window names the store: ``analyst@db.example.org/industry``."""
        who = f"{self.user}@" if self.user else ""
        where = self.host or "localhost"
        port = f":{self.port}" if self.port not in (None, DEFAULT_PORT) else ""
        return f"{who}{where}{port}/{self.database}"


def shown(target: object) -> str:
    """``target`` as it may be printed or saved: a URL's password replaced by ``***``."""
    text = str(target)
    if not is_team_store(text):
        return text
    scheme, rest = text.split("://", 1)
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        credentials, at, place = authority.rpartition("@")
        if ":" in credentials:
            credentials = credentials.split(":", 1)[0] + ":***"
        authority = f"{credentials}{at}{place}"
    for key in ("password=",):
        if key in tail:
            before, _, after = tail.partition(key)
            tail = before + key + "***" + ("&" + after.split("&", 1)[1] if "&" in after else "")
    return f"{scheme}://{authority}{slash}{tail}"


def team_store_name(url: str) -> str:
    """How messages and the window name a team store: its :meth:`TeamStoreAddress.label`
    (``analyst@db.example.org/industry``), or the address without its password."""
    try:
        return TeamStoreAddress.parse(url).label()
    except TeamStoreAddressError:
        return shown(url)
