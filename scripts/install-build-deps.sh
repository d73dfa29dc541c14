#!/bin/sh
# Installs what a fresh Debian 12 machine lacks to build and test everything offline:
# the Rust crates the native core uses, as Debian source packages (crates.io is not reachable
# here; build-native.sh points cargo at /usr/share/cargo/registry), and Debian's Rust 1.63.
# Needs root (or passwordless sudo). Safe to run again: apt skips what is installed.
set -eu

# rustc + cargo: Debian's 1.63 toolchain, only for the MSRV build (build-native.sh --msrv);
# build-native.sh keeps using rustup's cargo for everything else.
# sqlite3: the Rust store test reads the OpenCode fixture stores with it (it skips without).
PACKAGES="librust-serde-json-dev librust-memchr-dev librust-rayon-dev rustc cargo sqlite3"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "build deps: all present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "build deps: missing$missing; run as root: apt-get install$missing" >&2
    exit 1
fi

echo "build deps: installing$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "build deps: installed"
