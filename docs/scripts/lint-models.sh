#!/bin/sh
# Lints bpmn/*.bpmn as Camunda Modeler does: bpmnlint's recommended rules plus the Camunda 7.24 compatibility
# rules (.bpmnlintrc). bpmnlint 11.x (12.x does not install here). Needs Node and npm; tools go to a temp folder.
set -e
repo=$(cd "$(dirname "$0")/../.." && pwd)
tools=${BPMNLINT_HOME:-${TMPDIR:-/tmp}/kyoyu-bpmnlint}
if [ ! -x "$tools/node_modules/.bin/bpmnlint" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --silent bpmnlint@11 bpmnlint-plugin-camunda-compat)
fi
cp "$repo/.bpmnlintrc" "$tools/.bpmnlintrc"
cd "$tools"
for model in "$repo"/bpmn/*.bpmn; do
  ./node_modules/.bin/bpmnlint "$model"
done
echo "bpmnlint: all models clean"
