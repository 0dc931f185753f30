"""Request and response models for two-factor authentication."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from taskforge.api.schemas import StrictIn
from taskforge.api.types import SAFE_TEXT

Code = Annotated[
    str,
    Field(
        pattern=r"^[0-9]{6}$",
        description="The 6-digit code the authenticator app shows now.",
        examples=["123456"],
    ),
]
RecoveryCodeText = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        description="One of the account's recovery codes (case, spaces and dashes do not matter).",
    ),
    SAFE_TEXT,
]
CodeOrRecovery = Annotated[
    str,
    Field(
        min_length=1, max_length=64, description="A 6-digit code from the authenticator, or a recovery code."
    ),
    SAFE_TEXT,
]
CurrentPassword = Annotated[
    str, Field(min_length=1, max_length=128, description="The account's password."), SAFE_TEXT
]
Challenge = Annotated[
    str,
    Field(min_length=1, max_length=128, description="The `challenge` of the sign-in's 202 answer."),
    SAFE_TEXT,
]


class TwoFactorSetupIn(StrictIn):
    password: CurrentPassword


class TwoFactorEnableIn(StrictIn):
    code: Code


class TwoFactorDisableIn(StrictIn):
    password: CurrentPassword
    code: CodeOrRecovery


class RecoveryCodesIn(StrictIn):
    code: CodeOrRecovery


class TwoFactorLoginIn(StrictIn):
    """Exactly one of `code` and `recovery_code`."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["code"]}, {"required": ["recovery_code"]}]}
    )

    challenge: Challenge
    code: Code | MISSING = MISSING
    recovery_code: RecoveryCodeText | MISSING = MISSING

    @model_validator(mode="after")
    def _one_code(self) -> TwoFactorLoginIn:
        if (self.code is MISSING) == (self.recovery_code is MISSING):
            raise PydanticCustomError("one_code", "give exactly one of `code` and `recovery_code`")
        return self


class TwoFactorSetupOut(BaseModel):
    secret: str = Field(description="The base32 seed, for typing into an authenticator by hand.")
    otpauth_uri: str = Field(description="The `otpauth://totp/...` address the QR code holds.")
    qr_svg: str = Field(description="The QR code of `otpauth_uri` as an SVG document.")


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str] = Field(
        description="Ten one-time codes, shown this once: TaskForge keeps only their hashes."
    )


class TwoFactorChallengeOut(BaseModel):
    two_factor_required: Literal[True] = True
    challenge: str = Field(description="Send it with a code to `POST /api/auth/login/two-factor`.")
    expires_in: int = Field(description="Seconds until the challenge expires.")
