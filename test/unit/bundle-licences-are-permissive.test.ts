import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/examples.js';

const PERMISSIVE = new Set([
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0',
]);

/** ncc writes each bundled package as "name\nSPDX licence\ntext". */
function bundledLicences(file: string): Map<string, string> {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/(?<=^|\n\n)(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)\n([^\n]+)\n/g))
    out.set(m[1]!, m[2]!);
  return out;
}

// scripts/bundle.sh fails the build when a bundled package is missing from dist/licenses.txt.
test.each(['dist/licenses.txt'])('every package bundled in %s is permissively licensed', (file) => {
  const licences = bundledLicences(file);
  expect(licences.size).toBeGreaterThan(0);
  expect(licences.get('js-yaml')).toBe('MIT');
  const copyleft = [...licences].filter(
    ([, spdx]) => !spdx.split(/ OR /).some((l) => PERMISSIVE.has(l.replace(/[()]/g, '').trim())),
  );
  expect(copyleft).toEqual([]);
});

test('the AGPL policy evaluator used by the tests is in no file of dist/', () => {
  const files = readdirSync(join(REPO_ROOT, 'dist')).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(2);
  for (const f of files)
    expect(readFileSync(join(REPO_ROOT, 'dist', f), 'utf8')).not.toContain('@cloud-copilot');
});
