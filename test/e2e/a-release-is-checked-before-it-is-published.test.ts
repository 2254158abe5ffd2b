/**
 * The release scripts (RELEASING.md) in child processes, on a throwaway git repository holding this
 * working tree's scripts, CHANGELOG.md, package files, README and examples: what a maintainer's cut
 * writes, what release-check.sh refuses, and what release-publish.sh decides about the major tag.
 * .ci/run also dry-runs the whole sequence on the real repository (scripts/release-dry-run.sh).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = [
  'scripts',
  'CHANGELOG.md',
  'package.json',
  'package-lock.json',
  'README.md',
  'examples/workflows',
];

let base: string; // holds the repository, the test results and the assets
let repo: string;
let passingTests: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
function script(name: string, ...args: string[]) {
  const r = spawnSync('bash', [`scripts/${name}`, ...args], { cwd: repo, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
function commitAll(message: string) {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}
/** A maintainer's cut of `version`, committed on main and tagged; returns the commit before it. */
function cutAndTag(version: string) {
  const before = git('rev-parse', 'HEAD');
  expect(script('release-cut.sh', version).status).toBe(0);
  commitAll(`Release ${version}`);
  git('tag', '-a', `v${version}`, '-m', `v${version}`);
  return before;
}
const check = (tag: string, before: string) =>
  script('release-check.sh', tag, '--branch', 'main', '--reuse', before, '--test-results', passingTests);

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'release-'));
  repo = join(base, 'repo');
  for (const path of COPIED) cpSync(join(ROOT, path), join(repo, path), { recursive: true });
  for (const dir of ['dist', 'templates', 'schema']) mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(repo, 'dist/cli.js'), '// the CLI bundle\n');
  writeFileSync(join(repo, 'templates/destination.template.json'), '{}\n');
  writeFileSync(join(repo, 'schema/config.schema.json'), '{}\n');
  writeFileSync(join(repo, 'LICENSE'), 'MIT\n');
  passingTests = join(base, 'tests.json');
  writeFileSync(
    passingTests,
    JSON.stringify({
      success: true,
      numTotalTests: 3,
      numPassedTests: 3,
      numFailedTests: 0,
      numPendingTests: 0,
    }),
  );
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'test');
  git('config', 'user.email', 'test@localhost');
  commitAll('The project before its first release');
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

test("a cut turns [Unreleased] into the version's dated section, and the tagged cut passes the check", () => {
  // GIVEN the unreleased changes WHEN a maintainer cuts 1.0.0, merges and tags it
  const before = cutAndTag('1.0.0');
  // THEN the changelog has an empty [Unreleased] above the new section, and both package files agree
  const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
  expect(changelog).toMatch(/## \[Unreleased\]\n\n## \[1\.0\.0\] - \d{4}-\d{2}-\d{2}\n\n### Added\n/);
  expect(changelog).toContain('[1.0.0]: https://github.com/org/s3-xrepl-action/releases/tag/v1.0.0');
  expect(JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')).packages[''].version).toBe(
    '1.0.0',
  );
  const result = check('v1.0.0', before);
  expect(result.out).toContain('release-check: v1.0.0 can be released');
  expect(result.status).toBe(0);
});

test('a cut with nothing under [Unreleased] is refused', () => {
  cutAndTag('1.0.0');
  const again = script('release-cut.sh', '1.0.1');
  expect(again.status).not.toBe(0);
  expect(again.out).toContain('[Unreleased] has no entries');
});

test('a tag on a commit that is not on main is refused', () => {
  const before = git('rev-parse', 'HEAD');
  git('switch', '-q', '-c', 'side');
  expect(script('release-cut.sh', '1.0.0').status).toBe(0);
  commitAll('Release 1.0.0 from a side branch');
  git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  const result = check('v1.0.0', before);
  expect(result.status).not.toBe(0);
  expect(result.out).toContain('is not on main');
});

test('a tag whose package.json says another version is refused', () => {
  const before = git('rev-parse', 'HEAD');
  git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0'); // tagged without the cut
  const result = check('v1.0.0', before);
  expect(result.status).not.toBe(0);
  expect(result.out).toMatch(/package\.json says \S+ \S+, not 1\.0\.0/);
});

test("CI's checks of an earlier commit are not reused once more than the cut changed", () => {
  // GIVEN CI checked this commit, and the release commit also changes the bundle
  const checkedByCi = git('rev-parse', 'HEAD');
  writeFileSync(join(repo, 'dist/cli.js'), '// changed after CI checked it\n');
  cutAndTag('1.0.0');
  // WHEN the tag is checked reusing CI's checks THEN that is refused, naming the file
  const result = check('v1.0.0', checkedByCi);
  expect(result.status).not.toBe(0);
  expect(result.out).toContain('more than the release cut changed');
  expect(result.out).toContain('dist/cli.js');
});

test('a new major is refused while the README and the examples still say @v1', () => {
  const before = cutAndTag('2.0.0');
  const result = check('v2.0.0', before);
  expect(result.status).not.toBe(0);
  expect(result.out).toContain('points at another major than v2');
});

test('publishing moves the major tag to the highest version, and leaves it for a lower one', () => {
  cutAndTag('1.0.0');
  writeFileSync(
    join(repo, 'CHANGELOG.md'),
    readFileSync(join(repo, 'CHANGELOG.md'), 'utf8').replace(
      '## [Unreleased]\n',
      '## [Unreleased]\n\n### Fixed\n\n- A fix.\n',
    ),
  );
  commitAll('A fix');
  cutAndTag('1.1.0');
  const assets = (tag: string) => {
    git('checkout', '-q', tag);
    const out = join(base, `assets-${tag}`);
    expect(script('release-assets.sh', tag, out).status).toBe(0);
    return out;
  };
  // WHEN v1.1.0 is published (dry run) THEN v1 moves to it, and it is the latest release
  const newest = script('release-publish.sh', '--dry-run', 'v1.1.0', assets('v1.1.0'));
  expect(newest.out).toContain('latest=true');
  expect(newest.out).toContain('would run: git push --force origin refs/tags/v1');
  expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'v1.1.0^{commit}'));
  // WHEN v1.0.0 is published after it (a late re-run) THEN v1 stays, and it is not the latest
  const older = script('release-publish.sh', '--dry-run', 'v1.0.0', assets('v1.0.0'));
  expect(older.out).toContain('latest=false');
  expect(older.out).toContain('v1 stays at');
  expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'v1.1.0^{commit}'));
});
