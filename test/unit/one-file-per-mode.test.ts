/**
 * The house's shape (STYLE.md, DESIGN.md §7): each mode is decided in one file, src/modes/<mode>.ts,
 * and the front doors (action.ts, cli.ts) run whatever the registry lists without naming a mode.
 * Adding a mode is one file and one line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MODES } from '../../src/modes/registry.js';
import { REPO_ROOT } from '../support/examples.js';

const SRC = join(REPO_ROOT, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const sources = files(SRC).map((f) => ({ path: relative(SRC, f), text: readFileSync(f, 'utf8') }));

test("src/ holds only the front doors (and the runner's wiring), the entry, core, shell and modes", () => {
  expect(readdirSync(SRC).sort()).toEqual([
    'action-runtime.ts',
    'action.ts',
    'cli.ts',
    'core',
    'index.ts',
    'modes',
    'shell',
  ]);
});

test.each(MODES.map((m) => [m.name]))('mode %s lives in src/modes/%s.ts, under its own name', (name) => {
  const file = sources.find((s) => s.path === `modes/${name}.ts`);
  expect(file?.text).toContain(
    `export const ${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}: Mode<`,
  );
  expect(file?.text).toContain(`name: '${name}'`);
});

test.each(MODES.map((m) => [m.name]))('no file but its own decides on mode %s', (name) => {
  // A decision on which mode runs: comparing a mode's name, or a case of a switch over it.
  const decides = new RegExp(
    `\\b(mode|modeName|mode\\.name|inputs\\.mode|command)\\s*[!=]==\\s*'${name}'|case '${name}':`,
  );
  const elsewhere = sources.filter((s) => s.path !== `modes/${name}.ts` && decides.test(s.text));
  expect(elsewhere.map((s) => s.path)).toEqual([]);
});

test('the front doors name no mode: they run what the registry lists', () => {
  for (const door of ['action.ts', 'action-runtime.ts', 'cli.ts', 'index.ts']) {
    const text = sources.find((s) => s.path === door)!.text;
    for (const m of MODES) expect(text).not.toMatch(new RegExp(`'${m.name}'`));
  }
});

test('a mode file loads no AWS client until it runs: its static imports are types and light code', () => {
  for (const s of sources.filter((x) => x.path.startsWith('modes/'))) {
    const staticSdk = s.text.match(/^import (?!type)[^;]*from '@aws-sdk\/[^']+';/gm) ?? [];
    expect([s.path, staticSdk]).toEqual([s.path, []]);
    const staticShell = s.text.match(/^import (?!type)[^;]*from '\.\.\/shell\/[^']+';/gm) ?? [];
    expect([s.path, staticShell]).toEqual([s.path, []]);
  }
});
