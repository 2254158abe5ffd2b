#!/usr/bin/env bash
# The gate before a release is published: run on the checkout of tag vX.Y.Z (the release
# workflow's check job, or the dry run). Fails, saying why, unless
#   1. the tag is vX.Y.Z and points at the checked-out commit;
#   2. that commit is on the default branch (--branch, default origin/main): a release is what was
#      reviewed and merged, never a side branch;
#   3. package.json and package-lock.json say X.Y.Z, and CHANGELOG.md has a dated X.Y.Z section
#      with entries, under a still-present [Unreleased];
#   4. the README and the example workflows point users at this major (@vX, /vX/schema);
#   5. dist/, templates/ and schema/ match a fresh build (npm run check:generated);
#   6. the tests pass (npm test).
# The dry run has 5 and 6 from .ci/run, on the commit before its release cut: with
# --reuse COMMIT --test-results FILE, the tag's commit must differ from COMMIT only by the cut
# (CHANGELOG.md and the version in package.json and package-lock.json); then COMMIT's
# check:generated stands for it and FILE, a jest --json result, must say the tests passed.
set -euo pipefail
usage="usage: scripts/release-check.sh vX.Y.Z [--branch REF] [--reuse COMMIT --test-results FILE]"
tag="${1:-}"
shift || true
branch=origin/main reuse='' test_results=''
while (($#)); do
  case "$1" in
    --branch) branch="${2:?$usage}" ;;
    --reuse) reuse="${2:?$usage}" ;;
    --test-results) test_results="${2:?$usage}" ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
  shift 2
done
[[ -z "$reuse" || -n "$test_results" ]] || { echo "$usage" >&2; exit 2; }
[[ "$tag" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
version="${tag#v}" major="v${BASH_REMATCH[1]}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
fail() { echo "release-check: $*" >&2; exit 1; }
ok() { echo "release-check: ok: $*"; }

sha="$(git rev-parse -q --verify "refs/tags/$tag^{commit}")" || fail "no tag $tag here (fetch the tags)"
[[ "$sha" == "$(git rev-parse HEAD)" ]] || fail "$tag is $sha, but $(git rev-parse HEAD) is checked out"
ok "$tag is the checked-out commit $sha"

git rev-parse -q --verify "$branch^{commit}" >/dev/null || fail "no $branch here to check $tag against (fetch it)"
git merge-base --is-ancestor "$sha" "$branch" || fail "$tag ($sha) is not on $branch: tag a commit of $branch"
ok "$tag is on $branch"

for file in package.json package-lock.json; do
  found="$(node -p "const p = require('./$file'); [p.version, p.packages?.[''].version ?? p.version].join(' ')")"
  [[ "$found" == "$version $version" ]] || fail "$file says $found, not $version: run scripts/release-cut.sh $version"
done
notes="$(node scripts/changelog.mjs notes "$version")" || fail "CHANGELOG.md has no release section for $version"
ok "package.json, package-lock.json and CHANGELOG.md ($(grep -c '^- ' <<<"$notes") entries) say $version"

stale="$(grep -noE 's3-xrepl-action(@|/)v[0-9]+\b' README.md examples/workflows/*.yml | grep -vE "s3-xrepl-action(@|/)$major\$" || true)"
[[ -z "$stale" ]] || fail "the README or an example points at another major than $major:"$'\n'"$stale"
ok "the README and the examples use $major"

if [[ -n "$reuse" ]]; then
  changed="$(git diff --name-only "$reuse" HEAD -- . ':!CHANGELOG.md' ':!package.json' ':!package-lock.json')"
  [[ -z "$changed" ]] || fail "cannot reuse $reuse's checks: more than the release cut changed since:"$'\n'"$changed"
  for file in package.json package-lock.json; do
    git show "$reuse:$file" | node -e '
      const strip = (p) => { delete p.version; if (p.packages?.[""]) delete p.packages[""].version; return JSON.stringify(p); };
      const before = JSON.parse(require("fs").readFileSync(0, "utf8"));
      const now = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      process.exit(strip(before) === strip(now) ? 0 : 1);
    ' "$file" || fail "cannot reuse $reuse's checks: $file changed beyond its version"
  done
  ok "only the release cut changed since $(git rev-parse --short "$reuse"): its check:generated stands"
  # shellcheck disable=SC2016 # a JavaScript template literal, not a shell expansion
  summary="$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (!r.success || r.numFailedTests > 0 || r.numTotalTests === 0) process.exit(1);
    console.log(`${r.numPassedTests} passed, ${r.numPendingTests} skipped`);
  ' "$test_results")" || fail "the test results in $test_results did not pass"
  ok "tests passed at $(git rev-parse --short "$reuse") ($summary)"
else
  npm run --silent check:generated
  ok "dist/, templates/ and schema/ match a fresh build"
  npm test
  ok "tests passed"
fi
echo "release-check: $tag can be released"
