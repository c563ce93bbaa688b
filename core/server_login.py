"""Connecting to a shared database on a PostgreSQL server: the address as the user types it, the
password kept in the OS keyring (Windows Credential Manager) where there is one, and a trial
connection that says in words what is wrong.

Without a usable keyring the password is never stored anywhere: the window asks for it at each
connection.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import URL

from core.errors import AppError, ValidationError

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
KEYRING_SERVICE = "ThuKyBCD"


@dataclass(frozen=True)
class ServerAddress:
    """Where the shared database is and who logs in; never the password."""

    host: str
    port: int
    database: str
    user: str

    @classmethod
    def from_url(cls, url: str | URL) -> ServerAddress:
        from core.db import server_url

        parsed = server_url(url)
        host = parsed.host or parsed.query.get("host") or "localhost"
        if isinstance(host, tuple):
            host = host[0]
        return cls(host=host, port=parsed.port or DEFAULT_PORT, database=parsed.database or "",
                   user=parsed.username or "")

    def url(self, password: str | None = None) -> URL:
        if self.host.startswith("/"):  # a local socket folder (a server on this PC)
            return URL.create("postgresql+psycopg", username=self.user or None,
                              password=password or None, database=self.database,
                              query={"host": self.host, "port": str(self.port)})
        return URL.create("postgresql+psycopg", username=self.user or None,
                          password=password or None, host=self.host, port=self.port,
                          database=self.database)

    @property
    def label(self) -> str:
        from core.db import server_label

        return server_label(self.url())

    @property
    def keyring_name(self) -> str:
        """The entry's name in the keyring: the same user on another server is another entry."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def check_address(*, host: str, port: str | int, database: str, user: str) -> ServerAddress:
    """The address as typed, trimmed; what is missing or malformed is said per field."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise ValidationError("required", field_name="host", field="tên máy chủ")
    if not database:
        raise ValidationError("required", field_name="database", field="tên cơ sở dữ liệu")
    if not user:
        raise ValidationError("required", field_name="user", field="tên đăng nhập")
    text = str(port).strip() or str(DEFAULT_PORT)
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise ValidationError("out_of_range", field_name="port", field="Cổng", low=1, high=65535,
                              value=text)
    return ServerAddress(host=host, port=int(text), database=database, user=user)


# -- the keyring ---------------------------------------------------------------------------------


def _keyring():
    """The keyring module when a real backend is there, else None."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # no module, a broken backend: ask for the password instead
        log.info("no keyring: %s", exc)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def saved_password(address: ServerAddress) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_name)
    except Exception as exc:  # a locked or failing keyring: ask for it
        log.warning("keyring read failed: %s", exc)
        return None


def save_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` in the keyring; False (and nothing written anywhere) without one."""
    keyring = _keyring()
    if keyring is None or not password:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_name, password)
    except Exception as exc:
        log.warning("keyring write failed: %s", exc)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, address.keyring_name)
    except Exception:  # nothing was saved: nothing to forget
        pass


# -- a trial connection --------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerCheck:
    server_version: str
    state: str  # "empty" (tables made on connecting), "older" (upgraded on connecting), "ready"


def check_server(url: str | URL, *, connect_timeout: int = 5) -> ServerCheck:
    """Connect once, change nothing, and say what connecting for real would find. Each failure
    (unreachable, wrong password, no such database, server too old, schema newer than this
    program, another program's tables) is an AppError saying which."""
    from core.db import current_revision, open_url
    from core.migrations import HEAD_REVISION

    db = open_url(url, upgrade=False, connect_timeout=connect_timeout)
    try:
        version = ".".join(str(v) for v in (db.engine.dialect.server_version_info or ())[:2])
        revision = current_revision(db.engine)
    except AppError:
        raise
    finally:
        db.close()
    state = "empty" if revision is None else "ready" if revision == HEAD_REVISION else "older"
    return ServerCheck(server_version=version, state=state)


def unreachable_reason(text: str) -> str:
    """The driver's reason for not reaching a server, said in Vietnamese where it is a common one."""
    lowered = text.lower()
    if "translate host name" in lowered or "name or service not known" in lowered \
            or "nodename nor servname" in lowered or "no such host" in lowered:
        return "không tìm thấy máy có tên này trong mạng"
    if "connection refused" in lowered:
        return "máy có trong mạng nhưng không nhận kết nối ở cổng này"
    if "timeout" in lowered or "timed out" in lowered:
        return "máy không trả lời"
    if "no such file or directory" in lowered:
        return "không có máy chủ chạy ở địa chỉ này"
    return text
