#!/usr/bin/env bash
# Publishes tag vX.Y.Z with the files release-assets.sh wrote to OUTDIR, then moves the major tag.
# The one step that writes to GitHub (GH_TOKEN with contents: write, GITHUB_REPOSITORY), run by the
# release workflow's publish job on the checkout of the tag. With --dry-run it decides everything,
# moves the major tag in the local repository only, and prints the GitHub calls instead of making
# them.
#
#   1. a draft release (title vX.Y.Z, notes.md), or the draft a failed run left;
#   2. its assets uploaded to the draft: an immutable release takes no asset once published;
#   3. the draft published, marked latest unless a higher version exists (a backport);
#   4. the major tag vX moved to the tag's commit, unless a higher vX.*.* exists: a plain tag,
#      not a release, so it can move (an immutable release's tag cannot) and the Marketplace and
#      the releases page list versions only. A re-run after a published release does 4 alone.
set -euo pipefail
dry_run=false
if [[ "${1:-}" == --dry-run ]]; then
  dry_run=true
  shift
fi
tag="${1:-}" out="${2:-}"
[[ "$tag" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ && -f "${out:-/nonexistent}/notes.md" ]] || {
  echo "usage: scripts/release-publish.sh [--dry-run] vX.Y.Z OUTDIR (with OUTDIR/notes.md)" >&2
  exit 2
}
major="v${BASH_REMATCH[1]}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sha="$(git rev-parse -q --verify "refs/tags/$tag^{commit}")" || { echo "release-publish: no tag $tag" >&2; exit 1; }
assets=("$out"/*.tar.gz "$out/SHA256SUMS")
(cd "$out" && sha256sum --quiet -c SHA256SUMS) || { echo "release-publish: SHA256SUMS does not match" >&2; exit 1; }

# Say what runs; in a dry run, only say it.
github() {
  if $dry_run; then
    printf 'release-publish: would run:'
    printf ' %q' "$@"
    printf '\n'
  else
    "$@"
  fi
}

highest() { git tag -l "$1" | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -n1; }
latest=false
[[ "$(highest 'v*')" == "$tag" ]] && latest=true

state=none
if ! $dry_run; then
  : "${GITHUB_REPOSITORY:?}" "${GH_TOKEN:?}"
  if view="$(gh release view "$tag" --json isDraft --jq .isDraft 2>&1)"; then
    state=$([[ "$view" == true ]] && echo draft || echo published)
  elif [[ "$view" != *"release not found"* ]]; then
    echo "release-publish: gh release view $tag: $view" >&2
    exit 1
  fi
fi
$dry_run && state_note=' (a dry run assumes none)' || state_note=''
echo "release-publish: $tag ($sha): release $state$state_note, latest=$latest"

case "$state" in
  none) github gh release create "$tag" --draft --verify-tag --title "$tag" --notes-file "$out/notes.md" ;;
  draft) github gh release edit "$tag" --title "$tag" --notes-file "$out/notes.md" ;;
esac
if [[ "$state" != published ]]; then
  github gh release upload "$tag" "${assets[@]}" --clobber
  github gh release edit "$tag" --draft=false --latest="$latest"
fi

if [[ "$(highest "$major.*")" != "$tag" ]]; then
  echo "release-publish: $major stays at $(git rev-parse --short "$major^{commit}" 2>/dev/null || echo nothing): $(highest "$major.*") is higher than $tag"
  exit 0
fi
# A lightweight tag on the commit (not on the annotated vX.Y.Z object): what @vX resolves to.
git tag -f "$major" "$sha" >/dev/null
if $dry_run; then
  echo "release-publish: would run: git push --force origin refs/tags/$major ($major is now $sha here)"
else
  # The checkout kept no credentials: hand the token to this one push, masked in the log.
  auth="$(printf 'x-access-token:%s' "$GH_TOKEN" | base64 -w0)"
  echo "::add-mask::$auth"
  GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="http.https://github.com/.extraheader" \
    GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $auth" git push --force origin "refs/tags/$major"
fi
$dry_run || echo "release-publish: $tag released; $major is $sha"
