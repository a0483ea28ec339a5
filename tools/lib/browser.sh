# Sourced by tools/test. Browser tests (the editor, hydrus-web against the Client API) drive Debian's chromium with
# playwright-core from npm. This is the one place that installs both: chromium with apt-get (as root), playwright-core
# with `npm ci` into tools/browser/node_modules. Afterwards HYDRA_CHROMIUM names the browser and HYDRA_BROWSER_READY
# is 1; when either cannot be had, HYDRA_BROWSER_READY is 0 and HYDRA_BROWSER_MISSING says what is missing, so the
# browser tests report themselves skipped saying why.
hydra_browser() {
  HYDRA_BROWSER_READY=0
  HYDRA_BROWSER_MISSING=""
  HYDRA_CHROMIUM="$(command -v chromium || true)"
  if [ -z "$HYDRA_CHROMIUM" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "browser: installing chromium (apt-get)…"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; }; } \
      || echo "browser: apt-get install chromium failed."
    HYDRA_CHROMIUM="$(command -v chromium || true)"
  fi
  [ -n "$HYDRA_CHROMIUM" ] || HYDRA_BROWSER_MISSING="Debian's chromium (apt-get install chromium)"
  if ! command -v npm >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "browser: installing node and npm (apt-get)…"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null 2>&1 || echo "browser: apt-get install npm failed."
  fi
  if command -v npm >/dev/null; then
    if [ ! -d "$HYDRA_ROOT/tools/browser/node_modules/playwright-core" ]; then
      (cd "$HYDRA_ROOT/tools/browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) \
        || echo "browser: npm ci in tools/browser failed."
    fi
    [ -d "$HYDRA_ROOT/tools/browser/node_modules/playwright-core" ] || HYDRA_BROWSER_MISSING="${HYDRA_BROWSER_MISSING:+$HYDRA_BROWSER_MISSING and }playwright-core from npm (npm ci in tools/browser)"
  else
    HYDRA_BROWSER_MISSING="${HYDRA_BROWSER_MISSING:+$HYDRA_BROWSER_MISSING and }node and npm"
  fi
  [ -z "$HYDRA_BROWSER_MISSING" ] && HYDRA_BROWSER_READY=1
  export HYDRA_CHROMIUM HYDRA_BROWSER_READY HYDRA_BROWSER_MISSING
  if [ "$HYDRA_BROWSER_READY" = 1 ]; then echo "browser: chromium and playwright-core present; browser tests will run."
  else echo "browser: missing $HYDRA_BROWSER_MISSING; browser tests will be reported as skipped."; fi
}
