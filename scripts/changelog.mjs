// CHANGELOG.md (Keep a Changelog) for the release scripts. Plain Node, no dependencies: the
// release workflow's publish job runs it without npm ci.
//
//   node scripts/changelog.mjs cut X.Y.Z YYYY-MM-DD   [Unreleased]'s lines become X.Y.Z's section
//   node scripts/changelog.mjs notes X.Y.Z            print X.Y.Z's section (the release notes)
//   node scripts/changelog.mjs repository             print the OWNER/REPO the links point at
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const FILE = new URL('../CHANGELOG.md', import.meta.url);
const VERSION = /^\d+\.\d+\.\d+$/;
const HEADING = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;
const LINK = /^\[([^\]]+)\]: (\S+)\s*$/;

function fail(message) {
  process.stderr.write(`changelog: ${message}\n`);
  process.exit(1);
}

/** The file as sections: what precedes the first `## [`, each section, and the link references. */
function parse(text) {
  const lines = text.replace(/\n+$/, '').split('\n');
  const head = [];
  const sections = [];
  const links = [];
  for (const line of lines) {
    const heading = HEADING.exec(line);
    const link = LINK.exec(line);
    if (heading) sections.push({ name: heading[1], date: heading[2], body: [] });
    else if (link && sections.length > 0) links.push({ name: link[1], url: link[2] });
    else if (sections.length > 0) sections.at(-1).body.push(line);
    else head.push(line);
  }
  return { head, sections, links };
}

function render({ head, sections, links }) {
  const trim = (body) => body.join('\n').replace(/^\n+|\n+$/g, '');
  const parts = [head.join('\n').replace(/\n+$/, '')];
  for (const s of sections) {
    const body = trim(s.body);
    parts.push(`## [${s.name}]${s.date ? ` - ${s.date}` : ''}` + (body ? `\n\n${body}` : ''));
  }
  parts.push(links.map((l) => `[${l.name}]: ${l.url}`).join('\n'));
  return parts.join('\n\n') + '\n';
}

/** https://github.com/OWNER/REPO, from the [Unreleased] link. */
function base(changelog) {
  const unreleased = changelog.links.find((l) => l.name === 'Unreleased');
  const m = unreleased && /^(https:\/\/github\.com\/[^/]+\/[^/]+)\//.exec(unreleased.url);
  if (!m) fail('no [Unreleased]: https://github.com/OWNER/REPO/... link at the end of CHANGELOG.md');
  return m[1];
}

const entries = (section) => section.body.filter((l) => /^\s*- \S/.test(l));

function cut(changelog, version, date) {
  if (!VERSION.test(version)) fail(`"${version}" is not a version X.Y.Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) fail(`"${date}" is not a date YYYY-MM-DD`);
  const [unreleased, ...released] = changelog.sections;
  if (unreleased?.name !== 'Unreleased') fail('the first section must be ## [Unreleased]');
  if (released.some((s) => s.name === version)) fail(`${version} already has a section`);
  if (entries(unreleased).length === 0) fail('[Unreleased] has no entries: nothing to release');
  const previous = released.find((s) => VERSION.test(s.name));
  const url = base(changelog);
  return {
    head: changelog.head,
    sections: [{ name: 'Unreleased', body: [] }, { name: version, date, body: unreleased.body }, ...released],
    links: [
      { name: 'Unreleased', url: `${url}/compare/v${version}...HEAD` },
      {
        name: version,
        url: previous ? `${url}/compare/v${previous.name}...v${version}` : `${url}/releases/tag/v${version}`,
      },
      ...changelog.links.filter((l) => l.name !== 'Unreleased'),
    ],
  };
}

function notes(changelog, version) {
  const section = changelog.sections.find((s) => s.name === version);
  if (!section) fail(`no section ## [${version}] - YYYY-MM-DD in CHANGELOG.md`);
  if (!section.date) fail(`## [${version}] has no date`);
  if (entries(section).length === 0) fail(`## [${version}] has no entries`);
  if (changelog.sections[0]?.name !== 'Unreleased') fail('the first section must be ## [Unreleased]');
  return section.body.join('\n').replace(/^\n+|\n+$/g, '') + '\n';
}

const [command, version, date] = process.argv.slice(2);
const changelog = parse(readFileSync(FILE, 'utf8'));
if (command === 'cut') writeFileSync(FILE, render(cut(changelog, version, date)));
else if (command === 'notes') process.stdout.write(notes(changelog, version));
else if (command === 'repository')
  process.stdout.write(base(changelog).replace('https://github.com/', '') + '\n');
else fail('usage: node scripts/changelog.mjs cut X.Y.Z YYYY-MM-DD | notes X.Y.Z | repository');
