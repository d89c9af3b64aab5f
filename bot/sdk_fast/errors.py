"""Errors of the SDK's HTTP stack that the routes answer, named here so that `requests`
stays inside bot/sdk_fast."""

from __future__ import annotations

import requests

# The SDK fetches the token's signing keys with requests; failing that, a request is refused
# with 503 (Teams retries).
KEY_FETCH_ERRORS: tuple[type[BaseException], ...] = (requests.RequestException, OSError)
