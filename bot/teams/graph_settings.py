"""Settings of the Graph install: how the bot reaches staff who never opened it.

    LVS_GRAPH_INSTALL=on          install the app for a prompt's recipient without a chat
    LVS_TEAMS_APP_CATALOG_ID      the app's id in the tenant's app catalog (not the manifest id)
    LVS_GRAPH_URL                 default https://graph.microsoft.com/v1.0
    LVS_GRAPH_TOKEN_URL           default https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token
    LVS_GRAPH_CLIENT_ID / _SECRET default the bot's own MicrosoftAppId / MicrosoftAppPassword
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.settings import Settings, SettingsError

GRAPH_URL = "https://graph.microsoft.com/v1.0"
TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"


@dataclass(frozen=True)
class GraphSettings:
    catalog_app_id: str
    graph_url: str
    token_url: str
    client_id: str
    client_secret: str

    @classmethod
    def of(cls, settings: Settings) -> GraphSettings | None:
        """None when switched off; a SettingsError naming what is missing when on."""
        extra = settings.extra
        if extra.get("LVS_GRAPH_INSTALL", "off").strip().lower() not in ("on", "1", "true"):
            return None
        tenant = settings.tenant_id
        config = cls(
            catalog_app_id=extra.get("LVS_TEAMS_APP_CATALOG_ID", "").strip(),
            graph_url=(extra.get("LVS_GRAPH_URL", "").strip() or GRAPH_URL).rstrip("/"),
            token_url=extra.get("LVS_GRAPH_TOKEN_URL", "").strip()
            or TOKEN_URL.format(tenant=tenant),
            client_id=extra.get("LVS_GRAPH_CLIENT_ID", "").strip() or settings.app_id,
            client_secret=extra.get("LVS_GRAPH_CLIENT_SECRET", "") or settings.app_password,
        )
        missing = [name for name, value in (
            ("LVS_TEAMS_APP_CATALOG_ID", config.catalog_app_id),
            ("MicrosoftAppTenantId", tenant),
            ("MicrosoftAppId (or LVS_GRAPH_CLIENT_ID)", config.client_id),
            ("MicrosoftAppPassword (or LVS_GRAPH_CLIENT_SECRET)", config.client_secret),
        ) if not value]
        if missing:
            raise SettingsError(f"LVS_GRAPH_INSTALL=on needs {', '.join(missing)}")
        return config
