// Run by scripts/bundle.sh after compact-vendor-chunks.mjs. A terminal runs the CLI again and again,
// and Node's compile cache (dist/cli.js turns it on) keeps what V8 compiled between runs, but only
// what V8 compiled along with the file: the cache entry is written when the file is compiled, before
// any of it runs. A function V8 leaves for later ("lazy") is compiled again on every run, when it is
// first called. V8 compiles a function along with the file when the function is an expression in
// parentheses (it expects such a function to be called at once). So:
//
// - Each module's function, `id: ((…) => {…})`, keeps its parentheses, in every chunk (terser drops
//   them as redundant from the vendor chunks; js-yaml's module alone was 5 to 8 ms of each synth).
// - In the chunks every CLI command runs (our own code, and js-yaml, which reads the config), each
//   module's top-level `function f(…) {…}` becomes `var f = (function (…) {…});` at the top of the
//   module, where the declaration was hoisted to before; top-level `const f = (…) => …` gets the
//   parentheses too. On a synth of one rule this was about 10 ms of 100 that were compiling the same
//   functions again. Names stay, so stack traces read the same. The AWS SDK chunks are left lazy:
//   the action runs without a compile cache, and most of an SDK client's functions never run.
//
// Found with acorn (terser's own parser is not exported); only insertions and moves, nothing renamed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const [statsFile, dist] = process.argv.slice(2);
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));

/** Chunk ids holding any module for which `pick(moduleName)` holds. */
const chunksWith = (pick) => {
  const ids = new Set();
  const visit = (m, chunks) => {
    if (pick(m.name ?? '')) for (const c of chunks) ids.add(c);
    for (const inner of m.modules ?? []) visit(inner, chunks);
  };
  for (const m of stats.modules ?? []) visit(m, m.chunks ?? []);
  return ids;
};
const everyCommandRuns = chunksWith(
  (name) => name.startsWith('./src/') || name.includes('/node_modules/js-yaml/'),
);

let hoisted = 0;
for (const chunk of stats.chunks ?? []) {
  for (const file of chunk.files ?? []) {
    if (!file.endsWith('.js')) continue;
    const path = join(dist, file);
    const code = readFileSync(path, 'utf8');
    const factories = moduleFactories(
      parse(code, { ecmaVersion: 'latest', sourceType: 'module', preserveParens: true }),
    );
    const edits = withModuleParentheses(factories);
    if (everyCommandRuns.has(chunk.id))
      edits.push(...topLevelFunctionsCompiledWithTheModule(code, factories));
    hoisted += edits.filter((e) => e.hoist).length;
    writeFileSync(path, applied(code, edits));
  }
}
console.log(
  `bundle: ${hoisted} top-level functions compiled with their chunk (see scripts/compile-with-chunk.mjs)`,
);

/** A chunk's `export const modules = {id: factory, …}` factories, as acorn parsed them. */
function moduleFactories(program) {
  const modules = program.body
    .flatMap((n) => (n.type === 'ExportNamedDeclaration' ? (n.declaration?.declarations ?? []) : []))
    .find((d) => d.id.name === 'modules')?.init;
  if (!modules) return [];
  if (modules.type !== 'ObjectExpression') throw new Error('a chunk whose `modules` is not `{…}`');
  return modules.properties.map((p) => p.value);
}

function withModuleParentheses(factories) {
  return factories
    .filter((f) => f.type !== 'ParenthesizedExpression')
    .flatMap((f) => [
      { at: f.start, end: f.start, text: '(' },
      { at: f.end, end: f.end, text: ')' },
    ]);
}

function topLevelFunctionsCompiledWithTheModule(code, factories) {
  const edits = [];
  for (let factory of factories) {
    if (factory.type === 'ParenthesizedExpression') factory = factory.expression;
    const body = factory.body;
    if (body?.type !== 'BlockStatement') continue;
    // After any directive prologue ("use strict"), which must stay first.
    const first = body.body.findIndex((s) => s.directive === undefined);
    const directives = first === -1 ? body.body : body.body.slice(0, first);
    const statements = body.body.slice(directives.length);
    const insertAt = directives.at(-1)?.end ?? body.start + 1;
    let top = '';
    let previousEnd = insertAt;
    for (const s of statements) {
      if (s.type === 'FunctionDeclaration') {
        // The comments above the function move with it. The expression needs no name of its own:
        // assigned to the variable, it takes the variable's (function.name and stack traces read as
        // before), and the bundle stays under 3.4 MB.
        const expression = code.slice(s.start, s.id.start).trimEnd() + code.slice(s.id.end, s.end);
        top += `${code.slice(previousEnd, s.start)}var ${s.id.name} = (${expression});`;
        edits.push({ at: previousEnd, end: s.end, text: '', hoist: true });
      } else if (s.type === 'VariableDeclaration') {
        for (const d of s.declarations)
          if (d.init?.type === 'ArrowFunctionExpression' || d.init?.type === 'FunctionExpression')
            edits.push(
              { at: d.init.start, end: d.init.start, text: '(' },
              { at: d.init.end, end: d.init.end, text: ')' },
            );
      }
      previousEnd = s.end;
    }
    if (top) edits.push({ at: insertAt, end: insertAt, text: top });
  }
  return edits;
}

/** `code` with each edit's [at, end) replaced by its text; edits do not overlap. */
function applied(code, edits) {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.end - b.end);
  let out = '';
  let from = 0;
  for (const e of sorted) {
    out += code.slice(from, e.at) + e.text;
    from = e.end;
  }
  return out + code.slice(from);
}
