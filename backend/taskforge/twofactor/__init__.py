"""TOTP two-factor authentication (RFC 6238): enrolment, recovery codes and the second sign-in step."""
