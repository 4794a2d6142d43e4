#!/bin/sh
# Refreshes the bpmn-js viewer the portal serves (static/vendor/bpmn-js/<version>/) from npm.
# The built files are committed so that building, testing and running the portal need no node;
# only this script does. Usage: portal/vendor/update-bpmn-js.sh [version]   (default below)
# After a version change, update the version in the templates that load the viewer
# (grep -r vendor/bpmn-js portal/src/main/resources/templates).
set -eu

VERSION="${1:-18.31.1}"
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="$HERE/../src/main/resources/static/vendor/bpmn-js/$VERSION"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "bpmn-js@$VERSION" >/dev/null && tar xzf "bpmn-js-$VERSION.tgz")
rm -rf "$TARGET"
mkdir -p "$TARGET"
# The navigated viewer (zoom and pan, no editing), its style sheets and the BPMN icon font.
cp "$WORK/package/dist/bpmn-navigated-viewer.production.min.js" "$TARGET/"
cp -R "$WORK/package/dist/assets" "$TARGET/assets"
cp "$WORK/package/LICENSE" "$TARGET/LICENSE"
echo "bpmn-js $VERSION copied to $TARGET"
