#!/usr/bin/env bash
# One ncc build for the action and the CLI: dist/index.js is the entry (the runner runs it; the CLI
# imports it), each mode and each AWS SDK client a chunk of its own, loaded when a run needs it.
# dist/cli.js is the CLI's executable: a shim that imports the entry without running the action.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rm -rf dist
stats="$(mktemp)"
trap 'rm -f "$stats"' EXIT
npx ncc build src/index.ts -o dist --license licenses.txt --target es2022 -q --stats-out "$stats"
node scripts/check-bundle-licences.mjs "$stats" dist/licenses.txt
node scripts/compact-vendor-chunks.mjs "$stats" dist
node scripts/compile-with-chunk.mjs "$stats" dist
cat > dist/cli.js <<'JS'
#!/usr/bin/env node
// The s3-xrepl command (package.json "bin"): the same bundle as the action, entered from a terminal.
// A terminal runs the CLI again and again: Node's compile cache (22.1+) keeps the compiled bundle
// between runs, so only the first run pays for compiling it.
import module from 'node:module';

module.enableCompileCache?.();
const { cli } = await import('./index.js');
process.exitCode = await cli(process.argv.slice(2));
JS
chmod +x dist/cli.js
