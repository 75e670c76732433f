#!/usr/bin/env bash
# Installs the system libraries vern builds against (Debian/Ubuntu): libedit for the line
# editor, SQLite for the local server's storage, zlib for gzip exports, and Python 3 for the
# tests that compare the recipe engine with the reference implementations, with the Python
# reference packages those tests compare against (pinned: the phone tables are generated from
# this phonenumbers version), and jsonschema for the test that checks `--json` against its schema.
set -euo pipefail
install_python_references() {
    local wanted=(phonenumbers==9.0.43 nameparser==2.6.0 python-dateutil==2.9.0.post0 jsonschema==4.26.0)
    python3 -c "import phonenumbers, nameparser, dateutil, jsonschema; assert phonenumbers.__version__ == '9.0.43'" 2>/dev/null && return 0
    python3 -m pip install --quiet "${wanted[@]}" || python3 -m pip install --quiet --break-system-packages "${wanted[@]}"
}
packages=(libedit-dev libsqlite3-dev zlib1g-dev python3 python3-pip)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    install_python_references
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y "${missing[@]}"
install_python_references
