"""Team store addresses: parsed, written back, shown without a password."""

from __future__ import annotations

import pytest

from workbench.core.store.team_address import (
    TeamStoreAddress,
    TeamStoreAddressError,
    is_team_store,
    shown,
)


@pytest.mark.parametrize(
    ("url", "address"),
    [
        (
            "postgresql://analyst@db.example.org/industry",
            TeamStoreAddress("industry", "db.example.org", "analyst"),
        ),
        (
            "postgres://analyst:secret@db.example.org:6543/industry",
            TeamStoreAddress("industry", "db.example.org", "analyst", 6543),
        ),
        (
            "postgresql://analyst@/industry?host=/run/postgresql",
            TeamStoreAddress("industry", "/run/postgresql", "analyst"),
        ),
        ("postgresql:///研究组", TeamStoreAddress("研究组")),
        ("postgresql://[::1]:5432/industry", TeamStoreAddress("industry", "::1", "", 5432)),
    ],
)
def test_an_address_round_trips_without_its_password(url, address):
    parsed = TeamStoreAddress.parse(url)
    assert parsed == address
    assert TeamStoreAddress.parse(parsed.url()) == address
    assert "secret" not in parsed.url()


def test_the_label_names_role_host_and_database():
    assert TeamStoreAddress("industry", "db", "analyst").label() == "analyst@db/industry"
    assert TeamStoreAddress("industry", "db", "", 6543).label() == "db:6543/industry"
    assert TeamStoreAddress("industry").label() == "localhost/industry"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgresql://db.example.org", "names no database"),
        ("postgresql://db.example.org:99999/x", "Port out of range"),
        ("/home/a/store.sqlite3", "not a postgresql:// address"),
    ],
)
def test_a_bad_address_is_one_line_naming_it(url, problem):
    with pytest.raises(TeamStoreAddressError, match=problem) as caught:
        TeamStoreAddress.parse(url)
    assert "\n" not in str(caught.value)


def test_fields_are_checked():
    with pytest.raises(TeamStoreAddressError, match="needs a database name"):
        TeamStoreAddress(" ")
    with pytest.raises(TeamStoreAddressError, match="control character"):
        TeamStoreAddress("industry", "db\n")


def test_a_password_is_never_shown():
    assert (
        shown("postgresql://analyst:s3cret@db/industry") == "postgresql://analyst:***@db/industry"
    )
    assert "s3cret" not in shown("postgresql://db/industry?password=s3cret&sslmode=require")
    assert shown("postgresql://db/industry?password=s3cret&sslmode=require").endswith(
        "sslmode=require"
    )
    assert shown("/home/a/store.sqlite3") == "/home/a/store.sqlite3"


def test_paths_are_not_team_stores():
    assert is_team_store("postgresql://db/x") and is_team_store("POSTGRES://db/x")
    assert not is_team_store("postgresql.sqlite3")
    assert not is_team_store(None)
