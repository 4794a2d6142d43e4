#!/usr/bin/env bash
# Refreshes the vendored form-js viewer (the task page renders deployed Camunda forms with it).
# The built files are committed so that building and testing the portal needs no node or npm;
# only this script does. Usage: portal/vendor/update-form-js.sh [version]   (default: latest)
set -euo pipefail

version="${1:-$(npm view @bpmn-io/form-js version)}"
static="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/static/vendor/form-js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@bpmn-io/form-js@${version}" >/dev/null && tar xzf ./*.tgz)
dist="$work/package/dist"
target="$static/$version"
mkdir -p "$target"
# The viewer only (not the editor or playground): the UMD bundle defines window.FormViewer.
cp "$dist/form-viewer.umd.js" "$target/"
cp "$dist/assets/form-js.css" "$target/"
cp "$dist/assets/flatpickr/light.css" "$target/flatpickr-light.css"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "form-js $version vendored into $target"
echo "Now change the version in portal/src/main/resources/templates/tasks/form.html to $version and remove the old folder."
