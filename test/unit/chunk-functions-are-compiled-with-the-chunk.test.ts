/**
 * scripts/compile-with-chunk.mjs turns each module's top-level functions into parenthesized
 * expressions so V8 compiles them with the chunk and Node's compile cache keeps them. Checked on a
 * chunk written the way ncc writes one, run by Node 24 twice with the compile cache on: the second
 * run compiles none of the rewritten chunk's functions again, while the chunk left alone (an AWS SDK
 * one, by the stats) still compiles its functions on every run; and the rewrite keeps what the
 * module does (hoisting, names, directives, comments).
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/examples.js';
import { node24 } from '../support/runner.js';

// Top-level code calls functions declared below it: the rewrite has to keep them hoisted.
const chunk = (id: number) => `export const id = ${id};
export const ids = [${id}];
export const modules = {

/***/ ${id}1:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {
"use strict";

exports.total = later(20);
exports.names = [later.name, helper.name, gen.name, asyncOne.name];
exports.promised = asyncOne();
exports.thrownAt = (() => { try { throwing(); } catch (e) { return e.stack.split('\\n')[1].trim().split(' ')[1]; } })();

/** The comment above later(). */
function later(n) {
    return helper(n) + 1;
}
function helper(n) {
    return n * 2;
}
const arrow = (x) => x + 1;
exports.names.push(arrow.name);
exports.listed = [...gen()];
function* gen() {
    yield arrow(1);
}
async function asyncOne() {
    return 'done';
}
function throwing() {
    throw new Error('where');
}

/***/ })

};
`;

describe('the chunk rewrite that lets the compile cache keep our functions', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3-xrepl-chunk-'));
  // 1.index.js holds "our" code; 2.index.js an AWS SDK client, which the rewrite leaves lazy.
  writeFileSync(join(dir, '1.index.js'), chunk(1));
  writeFileSync(join(dir, '2.index.js'), chunk(2));
  const stats = join(dir, 'stats.json');
  writeFileSync(
    stats,
    JSON.stringify({
      modules: [
        { name: './src/core/example.ts', chunks: [1] },
        { name: './node_modules/@aws-sdk/client-example/dist-es/index.js', chunks: [2] },
      ],
      chunks: [
        { id: 1, files: ['1.index.js'] },
        { id: 2, files: ['2.index.js'] },
      ],
    }),
  );
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'compile-with-chunk.mjs'), stats, dir]);
  const main = join(dir, 'main.mjs');
  writeFileSync(
    main,
    `import module from 'node:module';
module.enableCompileCache(${JSON.stringify(join(dir, 'cache'))});
const out = {};
for (const n of [1, 2]) {
  const { modules } = await import('./' + n + '.index.js');
  const exports = {};
  modules[n * 10 + 1](undefined, exports, undefined);
  out[n] = { ...exports, promised: await exports.promised };
}
process.stdout.write(JSON.stringify(out));`,
  );
  /** One run; returns what the modules exported and the functions V8 compiled lazily, per chunk. */
  const run = (log: string) => {
    const out = execFileSync(
      node24(),
      ['--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate', main],
      {
        cwd: dir,
      },
    ).toString();
    const scripts = new Map<string, string>();
    const lazy: Record<string, string[]> = { '1.index.js': [], '2.index.js': [] };
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      const f = line.split(',');
      if (f[0] === 'script-details') scripts.set(f[1]!, f[2]!.split('/').pop()!);
      if (f[0] === 'function' && f[1] === 'parse-function') lazy[scripts.get(f[2]!) ?? '']?.push(f[7]!);
    }
    return { exported: JSON.parse(out), lazy };
  };

  it('keeps what the module does: hoisting, names (in stack traces too), generators, async functions', () => {
    const { exported } = run(join(dir, 'first.log'));
    const expected = {
      total: 41,
      names: ['later', 'helper', 'gen', 'asyncOne', 'arrow'],
      listed: [2],
      promised: 'done',
      thrownAt: 'throwing',
    };
    expect(exported).toEqual({ 1: expected, 2: expected });
  });

  it('a second run compiles none of the rewritten chunk’s functions; the SDK chunk’s, every time', () => {
    run(join(dir, 'warm.log'));
    const { lazy } = run(join(dir, 'second.log'));
    expect(lazy['1.index.js']).toEqual([]);
    expect(lazy['2.index.js']).toEqual(expect.arrayContaining(['later', 'helper', 'gen', 'asyncOne']));
  });

  it('moves each function with the comment above it, after the directive', () => {
    const text = readFileSync(join(dir, '1.index.js'), 'utf8');
    expect(text).toMatch(
      /"use strict";\s+\/\*\* The comment above later\(\)\. \*\/\nvar later = \(function\(n\) \{/,
    );
    expect(text).toContain('const arrow = ((x) => x + 1);');
    expect(readFileSync(join(dir, '2.index.js'), 'utf8')).toContain('\nfunction later(n) {');
  });
});
