"""VAPID keys (RFC 8292): the application server's P-256 key pair, which push services use to tell that
messages come from the server a browser subscribed to. Kept as the private key's 32 bytes, base64url (a PEM
is accepted and converted)."""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_private_key() -> str:
    """A fresh private key, as its 32 bytes in base64url."""
    key = ec.generate_private_key(ec.SECP256R1())
    return _b64url(key.private_numbers().private_value.to_bytes(32, "big"))


def normalised_private_key(text: str) -> str:
    """A private key given as its 32 bytes in base64url, or as a PEM (SEC 1 or PKCS #8, as Terraform's
    tls_private_key writes it), as its 32 bytes in base64url. Raises ValueError for anything else."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        try:
            key = serialization.load_pem_private_key(text.encode("ascii"), password=None)
        except (ValueError, TypeError, UnicodeEncodeError):
            raise ValueError("a PEM that is not an unencrypted private key") from None
        if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
            raise ValueError("a VAPID key is an EC key on the P-256 curve")
        text = _b64url(key.private_numbers().private_value.to_bytes(32, "big"))
    public_key_of(text)
    return text


def public_key_of(private_key: str) -> str:
    """The public key browsers pass to `pushManager.subscribe` (`applicationServerKey`): the uncompressed
    point, base64url. Raises ValueError for a private key that is not one."""
    raw = _unb64url(private_key.strip())
    if len(raw) != 32:
        raise ValueError("a VAPID private key is 32 bytes, base64url-encoded")
    key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())
    return _b64url(
        key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    )


if __name__ == "__main__":  # `python -m taskforge.push.keys`: a new key for VAPID_PRIVATE_KEY
    private = new_private_key()
    print(f"VAPID_PRIVATE_KEY={private}\n# public key: {public_key_of(private)}")
