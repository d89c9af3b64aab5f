"""One small fix to msrest (0.7.1, under botframework-connector 4.17), applied at app creation.

`ClientRetryPolicy.__init__` computes the codes to retry as
    [i for i in range(999) if i not in self.safe_codes]
where `safe_codes` is a class-level *list* of about 500 codes: half a million list
comparisons (about 9 ms of CPU) every time a policy is built, and the SDK builds one for
every connector client and every user-token client, that is, twice per turn.

Making `safe_codes` a frozenset of the same codes turns each test into a hash lookup. The
resulting `status_forcelist` is the same list, so which responses are retried does not change
(tests/unit/test_msrest_patch.py proves it). Idempotent; `revert()` (LVS_STOCK_SDK=1) puts
the stock list back; nothing else in msrest is touched.
"""

from __future__ import annotations

import logging

from msrest.universal_http.requests import ClientRetryPolicy

log = logging.getLogger(__name__)


_stock: list[int] | None = None


def apply() -> bool:
    """Whether the codes are now a frozenset."""
    global _stock
    codes = ClientRetryPolicy.safe_codes
    if isinstance(codes, frozenset):
        return True
    if not isinstance(codes, list):
        # A msrest we do not know: leave it alone rather than guess.
        log.warning("msrest ClientRetryPolicy.safe_codes is a %s; not patched",
                    type(codes).__name__)
        return False
    _stock = codes
    ClientRetryPolicy.safe_codes = frozenset(codes)
    return True


def revert() -> None:
    """msrest's own list again, if apply() replaced it."""
    if _stock is not None and isinstance(ClientRetryPolicy.safe_codes, frozenset):
        ClientRetryPolicy.safe_codes = _stock
