#!/usr/bin/env bash
# `make playground`: the bot and the Microsoft 365 Agents Playground (a Teams-like web client),
# offline, signed in as a demo mentor. Stopping the Playground (Ctrl-C) stops the bot too.
#
#   playground/run.sh              chat at http://localhost:56150 until Ctrl-C
#   playground/run.sh CMD ARG...   start both, run CMD (PLAYGROUND_URL is set), stop both;
#                                  exits with CMD's status (playground-check, screenshots)
#
# Environment (all optional):
#   DATABASE_URL       the bot's database (default var/lvsbot.sqlite3); migrated, and the demo
#                      school is loaded when it has no students yet
#   PORT               the bot's port (3978)
#   PLAYGROUND_PORT    the Playground's web page (56150; it picks another if that one is taken)
#   PLAYGROUND_CONFIG  who is signed in (playground/config.yml: Marieke Jansen, mentor of
#                      Jan de Vries). To be someone else, copy it and give currentUser the
#                      aadObjectId and email (the bot knows you by them) and name of
#                      another account from `.venv/bin/lvsbot demo --list-accounts`
#   PLAYGROUND_LOCALE  the client's language (nl-NL); en-US talks to the bot directly
#   PLAYGROUND_BROWSER set to "none" to not open a browser
set -euo pipefail
cd "$(dirname "$0")/.."

PLAYGROUND_PACKAGE=@microsoft/m365agentsplayground@0.2.28
PLAYWRIGHT_PACKAGE=playwright-core@1.65.1
BIN=.venv/bin
TOOLS=.playground  # npm packages are installed here at use time; git ignores it
LOGS=$TOOLS/logs
PORT=${PORT:-3978}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
export PLAYGROUND_LOCALE=${PLAYGROUND_LOCALE:-nl-NL}
PLAYGROUND_CONFIG=${PLAYGROUND_CONFIG:-playground/config.yml}

say() { echo "playground: $*" >&2; }

# Install a pinned npm package into $TOOLS unless that version is there (then no network).
npm_install() {
  local name=${1%@*} version=${1##*@} installed
  installed=$(node -p "require('./$TOOLS/node_modules/$name/package.json').version" 2>/dev/null || true)
  if [ "$installed" != "$version" ]; then
    say "installing $1 (once; needs the npm registry)"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "$1" >&2
  fi
}

wait_for() {  # url, seconds: until the url answers at all (any HTTP status)
  "$BIN/python" - "$1" "$2" <<'EOF'
import sys, time, urllib.request, urllib.error
url, deadline = sys.argv[1], time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline:
    try:
        urllib.request.urlopen(url, timeout=1)
        sys.exit(0)
    except urllib.error.HTTPError:
        sys.exit(0)
    except OSError:
        time.sleep(0.2)
sys.exit(f"playground: {url} did not answer")
EOF
}

port_is_free() {
  "$BIN/python" -c 'import socket, sys; socket.create_server(("127.0.0.1", int(sys.argv[1])))' \
    "$1" 2>/dev/null
}

announced_port() {  # file pid: the port a server we started says it listens on
  for _ in $(seq 150); do
    port=$(sed -n 's/^Listening on \([0-9]*\).*/\1/p' "$1" | head -1)
    [ -n "$port" ] && { echo "$port"; return; }
    kill -0 "$2" 2>/dev/null || break
    sleep 0.2
  done
  say "it did not start; see $1"; cat "$1" >&2
  return 1
}

command -v npm >/dev/null || { say "needs Node.js 20+ and npm (https://nodejs.org)"; exit 3; }
mkdir -p "$LOGS"
npm_install "$PLAYGROUND_PACKAGE" || { say "could not install $PLAYGROUND_PACKAGE"; exit 3; }
if [ $# -gt 0 ]; then  # commands drive the page with Chromium (playground/browser.mjs)
  npm_install "$PLAYWRIGHT_PACKAGE" || { say "could not install $PLAYWRIGHT_PACKAGE"; exit 3; }
fi

port_is_free "$PORT" || { say "port $PORT is in use (another lvsbot?); try PORT=3988"; exit 1; }
"$BIN/lvsbot" db upgrade
"$BIN/lvsbot" demo --if-empty

children=()
stop() { [ ${#children[@]} -eq 0 ] || kill "${children[@]}" 2>/dev/null || true; wait; }
trap stop EXIT
trap 'exit 130' INT TERM

PORT=$PORT HOST=127.0.0.1 "$BIN/lvsbot" serve >"$LOGS/bot.log" 2>&1 &
children+=($!)
wait_for "http://127.0.0.1:$PORT/healthz" 30 || { cat "$LOGS/bot.log" >&2; exit 1; }
endpoint=http://127.0.0.1:$PORT/api/messages
if [ "$PLAYGROUND_LOCALE" != en-US ]; then  # the Playground itself always says en-US
  "$BIN/python" playground/locale_shim.py --bot "http://127.0.0.1:$PORT" \
    --locale "$PLAYGROUND_LOCALE" >"$LOGS/shim.out" 2>&1 &
  children+=($!)
  endpoint=http://127.0.0.1:$(announced_port "$LOGS/shim.out" $!)/api/messages
fi
say "bot on $endpoint (log: $LOGS/bot.log), signed in from $PLAYGROUND_CONFIG"

playground=(env APPLICATION_INSIGHTS_NO_STATSBEAT=1
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PWD/$PLAYGROUND_CONFIG"
  M365_AGENTS_PLAYGROUND_LOGFILE="$PWD/$LOGS/playground.log"
  "$TOOLS/node_modules/.bin/agentsplayground" --app-endpoint "$endpoint" --channel-id msteams
  --port "$PLAYGROUND_PORT" --disable-telemetry)
if [ $# -gt 0 ] || [ "${PLAYGROUND_BROWSER:-}" = none ]; then
  export TEAMSAPPTESTER_BROWSER=none  # else the Playground opens the page in your browser
fi
"${playground[@]}" >"$LOGS/playground.out" 2>&1 &
playground_pid=$!
children+=($playground_pid)
PLAYGROUND_URL=http://localhost:$(announced_port "$LOGS/playground.out" $playground_pid)
export PLAYGROUND_URL
if [ $# -gt 0 ]; then
  say "the Playground is at $PLAYGROUND_URL; running $*"
  "$@"
else
  say "open $PLAYGROUND_URL to chat; Ctrl-C stops the Playground and the bot"
  wait $playground_pid
fi
