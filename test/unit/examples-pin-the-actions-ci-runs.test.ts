/**
 * Dependabot moves the actions in .github/workflows/ (SHA and version comment together) but never
 * reads examples/workflows/ or the README, which users copy. This keeps them on the commits CI
 * runs: a Dependabot pull request fails here until the examples follow, in the same pull request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THIS_ACTION = 'org/s3-xrepl-action';

interface Use {
  readonly file: string;
  readonly line: number;
  readonly action: string;
  readonly ref: string;
  readonly comment: string;
}

/** Every `uses: owner/repo[/path]@ref # comment` in a file (workflow YAML or README code blocks). */
function usesIn(file: string): Use[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const m = /^\s*(?:-\s*)?uses:\s*([\w.-]+\/[\w.-]+)(?:\/[^@\s]*)?@(\S+)\s*(?:#\s*(.*))?$/.exec(text);
      return m ? [{ file, line: i + 1, action: m[1]!, ref: m[2]!, comment: (m[3] ?? '').trim() }] : [];
    });
}

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${dir}/${f}`);

const ciUses = yamlIn('.github/workflows').flatMap(usesIn);
const copiedUses = [...yamlIn('examples/workflows'), 'README.md']
  .flatMap(usesIn)
  .filter((u) => u.action !== THIS_ACTION);
const where = (u: Use) => `${u.file}:${u.line} ${u.action}@${u.ref} # ${u.comment}`;

test('CI pins every action by a full commit SHA, with the exact version beside it', () => {
  expect(ciUses.length).toBeGreaterThan(0);
  const loose = ciUses.filter((u) => !/^[0-9a-f]{40}$/.test(u.ref) || !/^v\d+\.\d+\.\d+$/.test(u.comment));
  expect(loose.map(where)).toEqual([]);
});

test('CI pins each action at one commit everywhere it uses it', () => {
  const pins = new Map<string, Set<string>>();
  for (const u of ciUses)
    pins.set(u.action, (pins.get(u.action) ?? new Set()).add(`${u.ref} # ${u.comment}`));
  expect([...pins].filter(([, p]) => p.size > 1)).toEqual([]);
});

test('the example workflows and the README pin the commits CI runs (after a Dependabot bump, update them)', () => {
  const ci = new Map(ciUses.map((u) => [u.action, u]));
  const shared = copiedUses.filter((u) => ci.has(u.action));
  expect(shared.map((u) => u.action)).toContain('actions/checkout');
  const differing = shared
    .filter((u) => u.ref !== ci.get(u.action)!.ref || u.comment !== ci.get(u.action)!.comment)
    .map((u) => `${where(u)}: CI has ${ci.get(u.action)!.ref} # ${ci.get(u.action)!.comment}`);
  expect(differing).toEqual([]);
});
