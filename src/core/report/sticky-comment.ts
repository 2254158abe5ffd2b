import { COMMENT_LIMIT, renderAll, renderWithin, type ReportParts } from './budget.js';

/**
 * One pull request comment per config, found again by a hidden marker, holding one section per
 * kind of report (plan, verify), each replaced on its own. A section carries a digest of its
 * content so an unchanged result leaves the comment alone, even when the commit it names moved.
 */
export type SectionName = 'plan' | 'verify' | 'drift';
const ORDER: readonly SectionName[] = ['plan', 'verify', 'drift'];

export function commentMarker(configPath: string): string {
  return `<!-- s3-xrepl:comment config=${encodeURIComponent(configPath)} -->`;
}

export interface Section {
  readonly digest: string;
  readonly body: string;
}

const SECTION = /<!-- s3-xrepl:section (\w+) digest=(\w+) -->\n([\s\S]*?)\n<!-- s3-xrepl:end \1 -->/g;

export function parseSections(comment: string): Map<SectionName, Section> {
  const out = new Map<SectionName, Section>();
  for (const m of comment.matchAll(SECTION)) {
    if ((ORDER as readonly string[]).includes(m[1]!))
      out.set(m[1] as SectionName, { digest: m[2]!, body: m[3]! });
  }
  return out;
}

function compose(configPath: string, sections: ReadonlyMap<SectionName, Section>): string {
  const blocks = ORDER.filter((n) => sections.has(n)).map((n) => {
    const s = sections.get(n)!;
    return `<!-- s3-xrepl:section ${n} digest=${s.digest} -->\n${s.body}\n<!-- s3-xrepl:end ${n} -->`;
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
  let overhead = compose(configPath, new Map([...sections, [name, { digest, body: '' }]])).length;
  // The other sections leave too little room: they make way (their runs' summaries hold them whole).
  const room = limit - overhead;
  if (room < Math.min(MIN_SECTION_ROOM, limit / 4) && renderAll(parts).length > room) {
    for (const [other, s] of sections) sections.set(other, { digest: s.digest, body: MADE_WAY(other) });
    overhead = compose(configPath, new Map([...sections, [name, { digest, body: '' }]])).length;
  }
  const body = renderWithin(parts, limit - overhead, omitted).trimEnd();
  sections.set(name, { digest, body });
  return { kind: 'write', body: compose(configPath, sections) };
}

/** FNV-1a (32-bit) of everything but the tail, which names the commit and the run. */
export function digestOf(parts: ReportParts): string {
  const text = JSON.stringify([parts.head, parts.details]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
