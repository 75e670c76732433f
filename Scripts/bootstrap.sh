#!/usr/bin/env bash
# Installs the system libraries vern builds against (Debian/Ubuntu): libedit for the line
# editor, SQLite for the local server's storage, zlib for gzip exports, and Python 3 for the
# tests that compare the recipe engine with the reference implementations.
set -euo pipefail
packages=(libedit-dev libsqlite3-dev zlib1g-dev python3)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y "${missing[@]}"
