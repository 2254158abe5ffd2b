// Run by scripts/bundle.sh after ncc: every package whose code is in dist/ must be in
// dist/licenses.txt, with its licence text, and none may be copyleft. ncc's own list misses packages
// that only named chunks hold (seen with @aws-sdk/client-cloudformation, -iam and -kms): those are
// added here, as ncc writes them (name, SPDX id, licence text), from the package's own files.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [statsFile, licencesFile] = process.argv.slice(2);
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const bundled = new Set();
const visit = (m) => {
  for (const hit of (m.name ?? '').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)) bundled.add(hit[1]);
  for (const inner of m.modules ?? []) visit(inner);
};
for (const m of stats.modules ?? []) visit(m);

const listedIn = (text) => {
  const listed = new Map();
  for (const m of text.matchAll(/(?<=^|\n\n)(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)\n([^\n]+)\n/g))
    listed.set(m[1], m[2]);
  return listed;
};
let listed = listedIn(readFileSync(licencesFile, 'utf8'));
for (const name of [...bundled].filter((p) => !listed.has(p)).sort()) {
  const dir = join('node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = existsSync(dir)
    ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f))
    : undefined;
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
  appendFileSync(licencesFile, `\n\n${name}\n${pkg.license ?? 'UNKNOWN'}\n${text}`);
}
listed = listedIn(readFileSync(licencesFile, 'utf8'));

const permissive = new Set([
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0',
]);
const missing = [...bundled].filter((p) => !listed.has(p));
const copyleft = [...listed].filter(
  ([, spdx]) => !spdx.split(/ OR /).some((l) => permissive.has(l.replace(/[()]/g, '').trim())),
);
if (missing.length || copyleft.length) {
  if (missing.length) console.error(`bundle: no licence found for ${missing.join(', ')}`);
  if (copyleft.length)
    console.error(`bundle: not permissive: ${copyleft.map(([p, l]) => `${p} (${l})`).join(', ')}`);
  process.exit(1);
}

// Each licence text once: 30-odd SDK packages carry the same Apache-2.0 text, which made this file
// a tenth of dist/. A package whose text is word for word one already written points at it.
const text = readFileSync(licencesFile, 'utf8');
const headers = [...text.matchAll(/(?<=^|\n\n)(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)\n([^\n]+)\n/g)];
const firstWith = new Map();
const entries = headers.map((m, i) => {
  const end = i + 1 < headers.length ? headers[i + 1].index : text.length;
  const body = text.slice(m.index + m[0].length, end).trim();
  const same = firstWith.get(body);
  if (same === undefined) firstWith.set(body, m[1]);
  return `${m[1]}\n${m[2]}\n${same === undefined ? body : `The licence text of ${same}, above, word for word.`}`;
});
writeFileSync(licencesFile, `${entries.join('\n\n')}\n`);
console.error(
  `bundle: ${bundled.size} packages bundled, each with a permissive licence in ${licencesFile} (${firstWith.size} distinct texts)`,
);
