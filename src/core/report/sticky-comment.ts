import { COMMENT_LIMIT, renderAll, renderWithin, type ReportParts } from './budget.js';
import { sha256 } from './sha256.js';

/**
 * One pull request comment per config, found again by a hidden marker, holding one section per
 * kind of report (plan, deploy, verify), each replaced on its own. A section carries a digest of its
 * content so an unchanged result leaves the comment alone, even when the commit it names moved.
 *
 * Reading the comment back reads only what `compose` wrote. A body is report text, and report text
 * quotes configs and AWS, so it may hold anything, section markers included. Each section is
 * therefore framed by its length:
 *
 *     <!-- s3-xrepl:section NAME digest=HEX length=N -->⏎BODY⏎<!-- s3-xrepl:end NAME -->
 *
 * and the sections follow the marker line back to back. `parseSections` walks that frame from the
 * start: a header must stand exactly where the previous section ended, the body is the next N
 * characters, taken without looking inside, and the end line must follow them. No position it
 * reads from depends on what a body contains, so a body is only ever read as that body, whatever
 * markers its text spells out. A comment that leaves the frame (edited by hand, or written by an
 * earlier version, whose sections were found by searching the text for markers) yields the
 * sections before that point and no others; the next write puts the comment back in order.
 */
export type SectionName = 'plan' | 'deploy' | 'verify' | 'backfill' | 'drift';
/** The pull request's life: its plan, then (after merge) what deploy did, what verify proved, what a backfill copied. */
const ORDER: readonly SectionName[] = ['plan', 'deploy', 'verify', 'backfill', 'drift'];

export function commentMarker(configPath: string): string {
  return `<!-- s3-xrepl:comment config=${encodeURIComponent(configPath)} -->`;
}

export interface Section {
  readonly digest: string;
  readonly body: string;
}

const header = (name: SectionName, s: Section) =>
  `<!-- s3-xrepl:section ${name} digest=${s.digest} length=${s.body.length} -->`;
const ending = (name: SectionName) => `<!-- s3-xrepl:end ${name} -->`;
/** A header as `compose` writes it, matched only where the previous section ended (sticky). */
const HEADER =
  /\n<!-- s3-xrepl:section (plan|deploy|verify|backfill|drift) digest=([0-9a-f]{32}) length=(0|[1-9]\d{0,5}) -->\n/y;

export function parseSections(comment: string): Map<SectionName, Section> {
  const out = new Map<SectionName, Section>();
  // The frame starts after the marker line.
  let at = comment.indexOf('\n');
  let previous = -1;
  while (at >= 0 && at < comment.length) {
    HEADER.lastIndex = at;
    const m = HEADER.exec(comment);
    if (!m) break;
    const name = m[1] as SectionName;
    const start = HEADER.lastIndex;
    const end = start + Number(m[3]);
    const close = `\n${ending(name)}`;
    // Each section at most once, in the order compose writes them.
    if (ORDER.indexOf(name) <= previous || !comment.startsWith(close, end)) break;
    previous = ORDER.indexOf(name);
    out.set(name, { digest: m[2]!, body: comment.slice(start, end) });
    at = end + close.length;
  }
  return out;
}

function compose(configPath: string, sections: ReadonlyMap<SectionName, Section>): string {
  const blocks = ORDER.filter((n) => sections.has(n)).map((n) => {
    const s = sections.get(n)!;
    return `${header(n, s)}\n${s.body}\n${ending(n)}`;
  });
  return [commentMarker(configPath), ...blocks].join('\n');
}

/** Below this much room for a section, the other sections are replaced by a pointer. */
const MIN_SECTION_ROOM = 16_000;
const MADE_WAY = (name: string) =>
  `_The ${name} report was too long to keep beside this one: it is in the job summary of its run._`;

export type CommentUpdate =
  { readonly kind: 'unchanged' } | { readonly kind: 'write'; readonly body: string };

/**
 * The comment with `name`'s section set to `parts`, cut to what GitHub accepts after the other
 * sections; `unchanged` when the section already holds this digest.
 */
export function withSection(
  existing: string | undefined,
  configPath: string,
  name: SectionName,
  parts: ReportParts,
  omitted: (count: number) => string,
  limit = COMMENT_LIMIT,
): CommentUpdate {
  const sections = existing === undefined ? new Map<SectionName, Section>() : parseSections(existing);
  const digest = digestOf(parts);
  if (sections.get(name)?.digest === digest) return { kind: 'unchanged' };
  sections.delete(name);
  // The new section's header with an empty body says length=0: its real length may take as many
  // digits as the limit has.
  const overheadWith = (others: Map<SectionName, Section>) =>
    compose(configPath, new Map([...others, [name, { digest, body: '' }]])).length + String(limit).length - 1;
  let overhead = overheadWith(sections);
  // The other sections leave too little room: they make way (their runs' summaries hold them whole).
  const room = limit - overhead;
  if (room < Math.min(MIN_SECTION_ROOM, limit / 4) && renderAll(parts).length > room) {
    for (const [other, s] of sections) sections.set(other, { digest: s.digest, body: MADE_WAY(other) });
    overhead = overheadWith(sections);
  }
  const body = renderWithin(parts, limit - overhead, omitted).trimEnd();
  sections.set(name, { digest, body });
  return { kind: 'write', body: compose(configPath, sections) };
}

/**
 * SHA-256 (the first 128 bits, in hex) of everything but the tail, which names the commit and the
 * run. Report text comes from configs: a short or non-cryptographic hash could be matched on
 * purpose, leaving an older report in place of a new one.
 */
export function digestOf(parts: ReportParts): string {
  return sha256(JSON.stringify([parts.head, parts.details])).slice(0, 32);
}
