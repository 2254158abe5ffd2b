#!/usr/bin/env bash
# Writes what a release of tag vX.Y.Z carries into OUTDIR, from the checked-out tag's committed
# files alone (no npm): notes.md (CHANGELOG.md's section, and how to pin this release), the generated
# templates and schema, the CLI bundle, and SHA256SUMS. The archives are git archive | gzip -n:
# the same bytes on every machine, so anyone can rebuild them from the tag and compare.
set -euo pipefail
tag="${1:-}" out="${2:-}"
[[ "$tag" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ && -n "$out" ]] || {
  echo "usage: scripts/release-assets.sh vX.Y.Z OUTDIR" >&2
  exit 2
}
version="${tag#v}" major="v${BASH_REMATCH[1]}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sha="$(git rev-parse -q --verify "refs/tags/$tag^{commit}")" || { echo "release-assets: no tag $tag" >&2; exit 1; }
[[ "$sha" == "$(git rev-parse HEAD)" ]] || { echo "release-assets: check out $tag first" >&2; exit 1; }
repository="${GITHUB_REPOSITORY:-$(node scripts/changelog.mjs repository)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
[[ -z "$(find "$out" -mindepth 1 -print -quit)" ]] || { echo "release-assets: $out is not empty" >&2; exit 1; }

archive() { # name, paths...
  local name="$1"
  shift
  git archive --format=tar --prefix="$name/" "$sha" -- "$@" | gzip -n -9 >"$out/$name.tar.gz"
}
archive "s3-xrepl-templates-$tag" templates schema LICENSE
archive "s3-xrepl-cli-$tag" dist package.json LICENSE
(cd "$out" && sha256sum -- *.tar.gz >SHA256SUMS)

{
  node scripts/changelog.mjs notes "$version"
  cat <<NOTES

### Use it

\`uses: $repository@$major\` follows every $major release. To pin this one by commit:

\`\`\`yaml
- uses: $repository@$sha # $tag
\`\`\`

The archives are \`git archive\` of the tag through \`gzip -n -9\`: rebuild one and compare it with
SHA256SUMS. \`s3-xrepl-templates-$tag.tar.gz\` holds templates/ and schema/ for StackSets and
hand deploys; \`s3-xrepl-cli-$tag.tar.gz\` the \`s3-xrepl\` CLI (\`node dist/cli.js\`, Node 22 or later).
NOTES
} >"$out/notes.md"
echo "release-assets: notes.md, SHA256SUMS and the archives in $out:"
cat "$out/SHA256SUMS"
