#!/usr/bin/env bash
# Releases HEAD, as committed, in a scratch clone: every step of RELEASING.md and the release
# workflow except the two that write to GitHub (publishing the release, pushing the major tag).
# .ci/run calls it after the tests with --reuse-tests FILE; without it, the tests run here first.
#
#   1. cut X.Y.Z (default: the next patch after the highest vX.Y.Z tag, or 1.0.0) as a maintainer
#      would (scripts/release-cut.sh), commit it on the scratch main and tag vX.Y.Z;
#   2. scripts/release-check.sh on the tag, reusing CI's check:generated and test results for
#      HEAD (the cut must change nothing else);
#   3. scripts/release-assets.sh, twice: the same bytes both times, SHA256SUMS verifies, and the
#      templates archive holds exactly the committed templates/ and schema/;
#   4. scripts/release-publish.sh --dry-run: the draft, upload and publish calls it would make, and
#      the major tag moved in the scratch clone.
set -euo pipefail
usage="usage: scripts/release-dry-run.sh [X.Y.Z] [--reuse-tests JEST_JSON]"
version='' test_results=''
while (($#)); do
  case "$1" in
    --reuse-tests) test_results="${2:?$usage}" && shift ;;
    [0-9]*) version="$1" ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
  shift
done
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=$SECONDS
head="$(git rev-parse HEAD)"
say() { echo "release-dry-run: $*"; }

if [[ -z "$version" ]]; then
  last="$(git tag -l 'v*' | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -n1 || true)"
  if [[ -z "$last" ]]; then
    version=1.0.0
  else
    IFS=. read -r x y z <<<"${last#v}"
    version="$x.$y.$((z + 1))"
  fi
fi
tag="v$version"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if [[ -z "$test_results" ]]; then
  say "no --reuse-tests: running the tests on HEAD first"
  npm run --silent check:generated
  test_results="$scratch/tests.json"
  npm test -- --json --outputFile="$test_results"
fi
test_results="$(cd "$(dirname "$test_results")" && pwd)/$(basename "$test_results")"

# A clone, not a worktree: the tags it makes must not land in this repository.
git clone --quiet --local --no-checkout "$root" "$scratch/repo"
cd "$scratch/repo"
git checkout --quiet -B main "$head"
git config user.name "release dry run"
git config user.email "release-dry-run@localhost"

say "1. cut $version on a scratch main at $(git rev-parse --short HEAD)"
RELEASE_DATE="$(date -u +%F)" bash scripts/release-cut.sh "$version"
git commit --quiet -am "Release $version"
git tag -a "$tag" -m "$tag"

say "2. release-check $tag"
bash scripts/release-check.sh "$tag" --branch main --reuse "$head" --test-results "$test_results"

say "3. release-assets $tag, twice"
bash scripts/release-assets.sh "$tag" "$scratch/assets"
bash scripts/release-assets.sh "$tag" "$scratch/again" >/dev/null
diff -r "$scratch/assets" "$scratch/again" >/dev/null || { say "the assets differ between two builds" >&2; exit 1; }
(cd "$scratch/assets" && sha256sum --quiet -c SHA256SUMS)
archived="$(tar -tzf "$scratch/assets/s3-xrepl-templates-$tag.tar.gz" | grep -v '/$' | sed "s|^s3-xrepl-templates-$tag/||" | sort)"
committed="$(git ls-files templates schema LICENSE | sort)"
[[ "$archived" == "$committed" ]] || { say "the templates archive is not templates/ and schema/" >&2; exit 1; }
say "   the same bytes twice, SHA256SUMS verifies, $(wc -l <<<"$archived") files in the templates archive"

say "4. release-publish --dry-run $tag"
bash scripts/release-publish.sh --dry-run "$tag" "$scratch/assets"
major="v${version%%.*}"
[[ "$(git rev-parse "$major^{commit}")" == "$(git rev-parse "$tag^{commit}")" ]] || {
  say "$major does not point at $tag's commit" >&2
  exit 1
}
say "$tag would be released, and $major moved to it, in $((SECONDS - started)) s (not published, not pushed)"
