# Sourced by tools/test. The repository tests (the real hydrus server) and the differential test (hydrus's parsing)
# run ../shared/peers/hydrus with Debian's python; when it is present and its packages are missing, install them
# (as root, with apt-get, quietly). This is the one place that lists them.
# Without them those tests report themselves skipped, saying what is missing.
hydrus_peer_packages() {
  [ -f ../shared/peers/hydrus/hydrus_server.py ] || { echo "hydrus peer: ../shared/peers/hydrus is ABSENT; repository sync tests will be reported as skipped."; return 0; }
  if /usr/bin/python3 -c "import twisted, OpenSSL, yaml, psutil, numpy, PIL, cv2, lz4, requests, dateutil, cbor2, bs4, lxml, html5lib, dateparser, chardet, send2trash" 2>/dev/null; then
    echo "hydrus peer: present, python packages installed; repository sync tests will run against it."
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "hydrus peer: installing its python packages (apt-get)…"
    local packages="python3 python3-bs4 python3-lxml python3-html5lib python3-numpy python3-pil python3-dateutil python3-dateparser
      python3-opencv python3-yaml python3-lz4 python3-chardet python3-requests python3-twisted python3-cbor2 python3-psutil
      python3-send2trash python3-openssl"
    # a fresh machine has no package lists yet: update once when the first try fails
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null 2>&1; }; } \
      || echo "hydrus peer: apt-get install failed; repository sync and differential tests will be reported as skipped."
  else
    echo "hydrus peer: python packages missing and not root; repository sync tests will be reported as skipped."
  fi
}
