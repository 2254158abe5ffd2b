// Run by scripts/bundle.sh after ncc. The chunks that hold only node_modules code (the AWS SDK,
// js-yaml, the glob) are three quarters of dist/ and nobody reads them there; they lose their
// comments and whitespace. Names stay (no mangling, no compression), so a stack trace still says
// which function threw. Chunks with any of our own code stay exactly as ncc wrote them: they are what
// a reviewer of a release reads. ncc's own --minify would not do: it minifies the entry file only.
//
// ncc writes each module of a chunk as `id: ((…) => {…})`. Those parentheses matter: V8 compiles a
// parenthesized function when it compiles the chunk, so the compiled module goes into Node's compile
// cache, and a CLI run finds it there; terser drops them as redundant, and each module was compiled
// anew on every run (js-yaml's alone took 5 to 8 ms of a 90 ms synth). They are put back, found with
// acorn (terser's own parser is not exported).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
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
    writeFileSync(path, `${compiledWithTheChunk(code)}\n`);
    before += source.length;
    after += code.length + 1;
  }
}
console.log(`bundle: vendor chunks ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB`);

/** The chunk with each module's function parenthesized again, as ncc wrote it (see the top). */
function compiledWithTheChunk(code) {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const modules = program.body
    .flatMap((n) => (n.type === 'ExportNamedDeclaration' ? (n.declaration?.declarations ?? []) : []))
    .find((d) => d.id.name === 'modules')?.init;
  if (modules?.type !== 'ObjectExpression')
    throw new Error('a vendor chunk without `export const modules = {…}`');
  let out = '';
  let at = 0;
  for (const { value } of modules.properties) {
    out += `${code.slice(at, value.start)}(${code.slice(value.start, value.end)})`;
    at = value.end;
  }
  return out + code.slice(at);
}
