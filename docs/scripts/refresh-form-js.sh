#!/bin/sh
# Refreshes the vendored form-js viewer (the version Camunda Tasklist 7.24 renders: schemaVersion 16).
# Run from the repository root; needs npm. The files are committed so the Java build never needs Node.
set -eu
VERSION=1.8.7
TARGET=src/main/resources/static/vendor/form-js/$VERSION
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "@bpmn-io/form-js@$VERSION" "@bpmn-io/form-js-viewer@$VERSION" >/dev/null)
mkdir -p "$WORK/js" "$WORK/viewer" "$TARGET"
tar -xzf "$WORK/bpmn-io-form-js-$VERSION.tgz" -C "$WORK/js"
tar -xzf "$WORK/bpmn-io-form-js-viewer-$VERSION.tgz" -C "$WORK/viewer"
cp "$WORK/js/package/dist/form-viewer.umd.js" "$TARGET/"
cp "$WORK/js/package/dist/assets/form-js.css" "$TARGET/"
cp "$WORK/js/package/dist/assets/form-js-base.css" "$TARGET/"
cp "$WORK/viewer/package/dist/assets/flatpickr/light.css" "$TARGET/flatpickr-light.css"
cp "$WORK/js/package/LICENSE" "$TARGET/LICENSE"
echo "form-js $VERSION copied to $TARGET"
