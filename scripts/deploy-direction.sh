#!/usr/bin/env bash
# Which way a deployment moves: deploy-direction.sh DEPLOYED_SHA NEW_SHA prints one word.
#   first     nothing is deployed yet (DEPLOYED_SHA empty)
#   same      the same commit again (a re-run)
#   forward   NEW_SHA contains DEPLOYED_SHA: run its migrations, then roll out
#   rollback  NEW_SHA is older than DEPLOYED_SHA (an old run re-run): its code cannot migrate a schema it has
#             never seen (Alembic stops at an unknown revision), and migrations are backwards compatible
#             (expand, deploy, contract), so the migration Job is skipped and only the workloads go back
#   diverged  neither contains the other, or DEPLOYED_SHA is not in this clone: refuse (docs/runbooks/rollback.md)
# Needs the full history (actions/checkout with fetch-depth: 0). Run from inside the repository.
set -euo pipefail

if [ "$#" -ne 2 ] || [ -z "$2" ]; then
  echo "usage: $0 DEPLOYED_SHA NEW_SHA" >&2
  exit 2
fi
deployed="$1" new="$2"

if [ -z "$deployed" ]; then
  echo first
elif ! git cat-file -e "${new}^{commit}" 2>/dev/null; then
  echo "deploy-direction: $new is not a commit of this repository" >&2
  exit 2
elif ! git cat-file -e "${deployed}^{commit}" 2>/dev/null; then
  echo diverged
elif [ "$(git rev-parse "$deployed^{commit}")" = "$(git rev-parse "$new^{commit}")" ]; then
  echo same
elif git merge-base --is-ancestor "$deployed" "$new"; then
  echo forward
elif git merge-base --is-ancestor "$new" "$deployed"; then
  echo rollback
else
  echo diverged
fi
