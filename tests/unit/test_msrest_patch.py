"""sdk_fast/msrest_patch.py changes the speed of building a retry policy, never its decisions."""

from __future__ import annotations

import pytest
from msrest.universal_http.requests import ClientRetryPolicy

from bot.sdk_fast import msrest_patch

# msrest 0.7.1's own definition of the codes it never retries.
STOCK_SAFE_CODES = [i for i in range(500) if i != 408] + [501, 505]
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")


def _decisions(policy: ClientRetryPolicy) -> dict[tuple[str, int, bool], bool]:
    retry = policy()
    return {(method, status, retry_after): retry.is_retry(method, status, retry_after)
            for method in METHODS for status in range(100, 999)
            for retry_after in (False, True)}


def test_the_patched_policy_retries_exactly_the_codes_the_stock_one_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ClientRetryPolicy, "safe_codes", list(STOCK_SAFE_CODES))
    stock = ClientRetryPolicy()
    msrest_patch.apply()
    patched = ClientRetryPolicy()
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)
    assert ClientRetryPolicy.safe_codes == frozenset(STOCK_SAFE_CODES)
    assert patched.policy.status_forcelist == stock.policy.status_forcelist
    assert 500 in patched.policy.status_forcelist and 429 not in patched.policy.status_forcelist
    assert _decisions(patched) == _decisions(stock)
    assert (patched.retries, patched.backoff_factor, patched.max_backoff) == (
        stock.retries, stock.backoff_factor, stock.max_backoff)


def test_applying_the_patch_twice_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ClientRetryPolicy, "safe_codes", list(STOCK_SAFE_CODES))
    msrest_patch.apply()
    once = ClientRetryPolicy.safe_codes
    msrest_patch.apply()
    assert ClientRetryPolicy.safe_codes is once


def test_the_app_factory_applies_the_patch(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.app import create_app
    from bot.settings import Settings

    monkeypatch.setattr(ClientRetryPolicy, "safe_codes", list(STOCK_SAFE_CODES))
    create_app(Settings(database_url="sqlite+aiosqlite:///:memory:"))
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)
