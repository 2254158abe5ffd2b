// Run by scripts/bundle.sh after ncc. The chunks that hold only node_modules code (the AWS SDK,
// js-yaml, the glob) are three quarters of dist/ and nobody reads them there; they lose their
// comments and whitespace. Names stay (no mangling, no compression), so a stack trace still says
// which function threw. Chunks with any of our own code keep ncc's layout, comments and all: they are
// what a reviewer of a release reads. ncc's own --minify would not do: it minifies the entry file only.
//
// Then scripts/compile-with-chunk.mjs puts back the parentheses around each module that terser
// drops (see there why they matter).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const [statsFile, dist] = process.argv.slice(2);
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));

const ownCode = new Set();
const visit = (m, chunks) => {
  if ((m.name ?? '').startsWith('./src/')) for (const c of chunks) ownCode.add(c);
  for (const inner of m.modules ?? []) visit(inner, chunks);
};
for (const m of stats.modules ?? []) visit(m, m.chunks ?? []);

let before = 0;
let after = 0;
for (const chunk of stats.chunks ?? []) {
  if (ownCode.has(chunk.id)) continue;
  for (const file of chunk.files ?? []) {
    if (!file.endsWith('.js')) continue;
    const path = join(dist, file);
    const source = readFileSync(path, 'utf8');
    const { code } = await minify(source, {
      module: true,
      compress: false,
      mangle: false,
      format: { comments: false },
    });
    writeFileSync(path, `${code}\n`);
    before += source.length;
    after += code.length + 1;
  }
}
console.log(`bundle: vendor chunks ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB`);
