"""Sealed secrets: readable back by this server only, with keys separated by purpose."""

from __future__ import annotations

import pytest

from taskforge.secretbox import Unreadable, seal, unseal


def test_a_sealed_secret_reads_back_and_is_not_stored_plain(app):
    with app.app_context():
        sealed = seal("JBSWY3DPEHPK3PXP", purpose="totp")
        assert "JBSWY3DPEHPK3PXP" not in sealed
        assert unseal(sealed, purpose="totp") == "JBSWY3DPEHPK3PXP"
        assert seal("same", purpose="totp") != seal("same", purpose="totp")  # a fresh IV each time


def test_another_purpose_or_an_altered_value_cannot_be_opened(app):
    with app.app_context():
        sealed = seal("whsec_abc", purpose="webhook")
        with pytest.raises(Unreadable):
            unseal(sealed, purpose="totp")
        with pytest.raises(Unreadable):
            unseal(sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB"), purpose="webhook")
