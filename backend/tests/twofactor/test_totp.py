"""RFC 6238 checks: the drift window, replays, and recovery codes as typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyotp
import pytest

from taskforge.twofactor import totp

NOW = datetime(2026, 12, 7, 12, 0, 10, tzinfo=UTC)  # 10 s into a step


@pytest.fixture
def seed() -> str:
    return totp.new_seed()


def code_at(seed: str, when: datetime) -> str:
    return pyotp.TOTP(seed).at(when)


@pytest.mark.parametrize("seconds", [-30, 0, 30])
def test_codes_one_step_either_side_are_accepted(seed, seconds):
    step = totp.accepted_step(seed, code_at(seed, NOW + timedelta(seconds=seconds)), now=NOW, last_step=None)

    assert step == pyotp.TOTP(seed).timecode(NOW) + seconds // 30


@pytest.mark.parametrize("seconds", [-90, -60, 60, 90])
def test_codes_two_or_more_steps_away_are_refused(seed, seconds):
    assert (
        totp.accepted_step(seed, code_at(seed, NOW + timedelta(seconds=seconds)), now=NOW, last_step=None)
        is None
    )


def test_a_code_of_the_last_accepted_step_or_an_older_one_is_a_replay(seed):
    current = pyotp.TOTP(seed).timecode(NOW)
    code = code_at(seed, NOW)

    assert totp.accepted_step(seed, code, now=NOW, last_step=current) is None
    assert (
        totp.accepted_step(seed, code_at(seed, NOW - timedelta(seconds=30)), now=NOW, last_step=current - 1)
        is None
    )
    # Within the same window, a later step is still good once the current one was used.
    assert (
        totp.accepted_step(seed, code_at(seed, NOW + timedelta(seconds=30)), now=NOW, last_step=current)
        == current + 1
    )


def test_a_wrong_code_is_refused(seed):
    right = code_at(seed, NOW)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"

    assert totp.accepted_step(seed, wrong, now=NOW, last_step=None) is None


def test_the_uri_names_issuer_account_and_secret(seed):
    uri = totp.otpauth_uri(seed, "alice")

    parsed = pyotp.parse_uri(uri)
    assert uri.startswith("otpauth://totp/TaskForge:alice?")
    assert (parsed.secret, parsed.name, parsed.issuer) == (seed, "alice", "TaskForge")


def test_the_qr_code_is_an_svg_without_scripts_or_styles(seed):
    svg = totp.qr_svg(totp.otpauth_uri(seed, "alice"))

    assert svg.startswith("<svg")
    assert svg.rstrip().endswith("</svg>")
    assert "<script" not in svg
    assert "style" not in svg


def test_recovery_codes_are_ten_different_random_codes():
    codes = totp.new_recovery_codes()

    assert len(codes) == len(set(codes)) == 10
    assert all(len(code) == 19 and code.count("-") == 3 for code in codes)
    assert totp.new_recovery_codes() != codes


@pytest.mark.parametrize("typed", ["abcd-efgh-ijkl-mnop", "ABCD EFGH IJKL MNOP", " abcdefghijklmnop "])
def test_a_recovery_code_is_read_whatever_case_spaces_or_dashes(typed):
    assert totp.normalise_recovery_code(typed) == "ABCD-EFGH-IJKL-MNOP"
