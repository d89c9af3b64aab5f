"""One small fix to msrest (0.7.1, under botframework-connector 4.17), applied at app creation.

`ClientRetryPolicy.__init__` computes the codes to retry as
    [i for i in range(999) if i not in self.safe_codes]
where `safe_codes` is a class-level *list* of about 500 codes: half a million list
comparisons (about 9 ms of CPU) every time a policy is built, and the SDK builds one for
every connector client and every user-token client, that is, twice per turn.

Making `safe_codes` a frozenset of the same codes turns each test into a hash lookup. The
resulting `status_forcelist` is the same list, so which responses are retried does not change
(tests/unit/test_msrest_patch.py proves it). Idempotent; nothing else in msrest is touched.
"""

from __future__ import annotations

import logging

from msrest.universal_http.requests import ClientRetryPolicy

log = logging.getLogger(__name__)


def apply() -> None:
    codes = ClientRetryPolicy.safe_codes
    if isinstance(codes, frozenset):
        return
    if not isinstance(codes, list | tuple | set):
        # A msrest we do not know: leave it alone rather than guess.
        log.warning("msrest ClientRetryPolicy.safe_codes is a %s; not patched",
                    type(codes).__name__)
        return
    ClientRetryPolicy.safe_codes = frozenset(codes)
