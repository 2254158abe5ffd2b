import type { TopologyPicture } from '../plan/plan.js';
import { oneLine } from './untrusted-text.js';

/** What happens to a node's stack: created, updated in place, or losing a bucket, key or role. */
export type NodeMark = 'unchanged' | 'new' | 'changed' | 'replaced';

/** The rules that feed one destination, by what happens to them. */
export interface EdgeMarks {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

export interface PictureMarks {
  readonly source: NodeMark;
  readonly destinations: readonly NodeMark[];
  /** Per destination, in the picture's order; absent: its rules as the picture lists them. */
  readonly edges?: readonly (EdgeMarks | undefined)[];
  /** The same for each two-way destination's way back to the source. */
  readonly backEdges?: readonly (EdgeMarks | undefined)[];
}

/**
 * Untrusted text inside a quoted Mermaid label. A quote would end the label, `#name;` and `#123;`
 * are Mermaid's entities (so `#lt;` reads as `<`), a backtick starts a Markdown label, angle
 * brackets read as HTML, and the label stands in a ```mermaid fence that a line break or a run of
 * backticks would leave. Line breaks and other controls become spaces; then every character but
 * letters, digits, spaces and `.,:/_+=@()-` is written as a numeric entity.
 */
function label(text: string): string {
  return oneLine(text).replace(/[^\p{L}\p{N} .,:/_+=@()-]/gu, (c) => `#${c.codePointAt(0)};`);
}

const MAX_RULES_ON_EDGE = 4;

/** The words on a marked node: the picture never tells a change by colour alone. */
const MARK_TEXT: Record<Exclude<NodeMark, 'unchanged'>, string> = {
  new: 'NEW',
  changed: 'CHANGED',
  replaced: 'REPLACED (destructive)',
};

/**
 * Fill, border and text colour together, so a marked node reads the same on GitHub's light and
 * dark themes (a fill without a text colour leaves light text on a light fill in dark mode).
 */
const STYLE: Record<Exclude<NodeMark, 'unchanged'>, string> = {
  new: 'fill:#dafbe1,stroke:#1a7f37,stroke-width:2px,color:#0f2e16',
  changed: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#3b2300',
  replaced: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,stroke-dasharray:6 3,color:#4c0519',
};

/** What the marks mean, for the line above the picture. */
export const PICTURE_LEGEND =
  '**NEW** created by this deploy · **CHANGED** updated in place · **REPLACED** destructive · unmarked: no change. ' +
  'Arrows name the rules that feed each destination: **+** added, **~** changed, **−** removed.';

/**
 * A Mermaid flowchart of the topology (GitHub renders `mermaid` fences): the source bucket, an
 * arrow to each destination bucket labelled with the rules that feed it (and one back from a
 * two-way destination), account and region on every node. Nodes whose stacks change carry the change in words and a colour; arrows mark the
 * rules added, changed and removed.
 */
export function topologyDiagram(picture: TopologyPicture, marks: PictureMarks): string {
  const node = (id: string, p: TopologyPicture['source'], title: string, mark: NodeMark): string => {
    const lines = [
      ...(mark !== 'unchanged' ? [MARK_TEXT[mark]] : []),
      title,
      p.bucket,
      `${p.account} · ${p.region}`,
      ...(p.key.startsWith('existing key') ? [p.key.replace(/^existing key .*\//, 'existing key ')] : []),
    ];
    return `  ${id}["${lines.map(label).join('<br/>')}"]`;
  };
  const lines = ['```mermaid', 'flowchart LR', node('src', picture.source, 'source', marks.source)];
  const styled: string[] = [];
  let links = 0;
  const edge = (
    from: string,
    to: string,
    rules: readonly string[],
    e: EdgeMarks | undefined,
    back: boolean,
  ) => {
    const names = e
      ? [
          ...e.added.map((r) => `+ ${r}`),
          ...e.changed.map((r) => `~ ${r}`),
          ...e.removed.map((r) => `− ${r}`),
          ...e.unchanged,
        ]
      : [...rules];
    const shown = names.slice(0, MAX_RULES_ON_EDGE).join(', ');
    const more = names.length > MAX_RULES_ON_EDGE ? ` and ${names.length - MAX_RULES_ON_EDGE} more` : '';
    const text = `${back ? 'back: ' : ''}${`${shown}${more}` || 'no rules'}`;
    // A dotted arrow: nothing replicates this way any more.
    const arrow = e && names.length === e.removed.length && names.length > 0 ? '-.->' : '-->';
    // Mermaid numbers links in the order they are written: linkStyle needs that number.
    if (e && e.added.length + e.changed.length + e.removed.length > 0) styled.push(String(links));
    lines.push(`  ${from} ${arrow === '-->' ? '--' : '-.'} "${label(text)}" ${arrow} ${to}`);
    links++;
  };
  picture.destinations.forEach((d, i) => {
    lines.push(node(`d${i}`, d, `destination ${d.label}`, marks.destinations[i] ?? 'unchanged'));
    edge('src', `d${i}`, d.rules, marks.edges?.[i], false);
    if (d.twoWay) edge(`d${i}`, 'src', d.rules, marks.backEdges?.[i], true);
  });
  for (const mark of ['new', 'changed', 'replaced'] as const) {
    const ids = [
      ...(marks.source === mark ? ['src'] : []),
      ...marks.destinations.flatMap((m, i) => (m === mark ? [`d${i}`] : [])),
    ];
    if (ids.length === 0) continue;
    lines.push(`  classDef ${mark} ${STYLE[mark]}`, `  class ${ids.join(',')} ${mark}`);
  }
  if (styled.length > 0) lines.push(`  linkStyle ${styled.join(',')} stroke:#9a6700,stroke-width:3px`);
  lines.push('```');
  return lines.join('\n');
}
