#!/usr/bin/env bash
# tools/lib/hydrus-web.sh: builds the real hydrus-web client (../shared/clients/hydrus-web, MIT, Angular 18) once and
# prints the folder of its built site (index.html inside). The build is cached under artifacts/hydrus-web/<hash>/dist,
# keyed by a hash of the client's source, so later runs (tools/test, the browser test) reuse it.
# The source is read-only: it is copied to artifacts/hydrus-web/<hash>/src and built there.
# hydrus-web ships without a lock file; nx 19.8.15 (pulled in by @angular-eslint) needs an @nrwl/tao 19.8.15 that
# npm does not have, so the copy's package.json pins nx, @nx/devkit and @nrwl/devkit to 19.8.14 (npm overrides). version-info.js wants git; GITHUB_ACTIONS makes it take its
# branch and hash from the environment instead.
# Exit 0 and the dist path on stdout, or exit 1 with the reason on stderr (the browser test then skips saying why).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source_dir="${HYDRA_HYDRUS_WEB_SOURCE:-$root/../shared/clients/hydrus-web}"
fail() { echo "hydrus-web: $*" >&2; exit 1; }

[ -f "$source_dir/package.json" ] || fail "no hydrus-web source at $source_dir"
command -v npm >/dev/null || fail "node and npm are missing (apt-get install nodejs npm)"
source_dir="$(cd "$source_dir" && pwd)"
hash="$(cd "$source_dir" && find . -type f -not -path './node_modules/*' -not -path './dist/*' -print0 | LC_ALL=C sort -z \
  | xargs -0 sha256sum | sha256sum | cut -c1-16)"
cache="$root/artifacts/hydrus-web/$hash"
if [ -f "$cache/dist/index.html" ]; then echo "$cache/dist"; exit 0; fi

mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if [ -f "$cache/dist/index.html" ]; then echo "$cache/dist"; exit 0; fi
log="$cache/build.log"
echo "hydrus-web: building $source_dir into $cache (log: $log); this takes a few minutes once" >&2
rm -rf "$cache/src"
cp -r "$source_dir" "$cache/src" && rm -rf "$cache/src/node_modules" "$cache/src/dist" || fail "copying the source failed"
cd "$cache/src" || fail "no build folder"
node -e '
  const fs = require("fs"); const p = JSON.parse(fs.readFileSync("package.json", "utf8"));
  p.overrides = Object.assign({}, p.overrides, { "@nrwl/devkit": "19.8.14", "@nx/devkit": "19.8.14", "nx": "19.8.14" });
  fs.writeFileSync("package.json", JSON.stringify(p, null, 2));' || fail "could not pin nx"
{
  npm install --no-audit --no-fund --loglevel=error \
    && GITHUB_ACTIONS=1 GITHUB_REF_NAME=hydra GITHUB_SHA="$hash" node version-info.js \
    && NG_CLI_ANALYTICS=false npx --no-install ng build --configuration production
} >"$log" 2>&1 || fail "npm install or ng build failed (see $log): $(tail -n 3 "$log" | tr '\n' ' ')"
built="$cache/src/dist/hydrus-web"
[ -f "$built/browser/index.html" ] && built="$built/browser"
[ -f "$built/index.html" ] || fail "ng build made no index.html (see $log)"
rm -rf "$cache/dist" && cp -r "$built" "$cache/dist" || fail "copying the built site failed"
rm -rf "$cache/src"
echo "$cache/dist"
