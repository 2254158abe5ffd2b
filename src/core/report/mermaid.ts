import type { TopologyPicture } from '../plan/plan.js';
import { oneLine } from './untrusted-text.js';

export type NodeMark = 'unchanged' | 'changed' | 'destructive';

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

const MAX_RULES_ON_EDGE = 3;

/**
 * A Mermaid flowchart of the topology (GitHub renders `mermaid` fences): the source bucket and
 * key, an arrow to each destination bucket and key labelled with the rules that feed it, account
 * and region on every node. `marks` colours the nodes whose stacks change.
 */
export function topologyDiagram(
  picture: TopologyPicture,
  marks: { readonly source: NodeMark; readonly destinations: readonly NodeMark[] },
): string {
  const node = (id: string, p: TopologyPicture['source'], title: string): string =>
    `  ${id}["${label(title)}<br/>${label(p.bucket)}<br/>${label(p.account)} · ${label(p.region)}<br/>${label(p.key)}"]`;
  const lines = ['```mermaid', 'flowchart LR', node('src', picture.source, 'source')];
  picture.destinations.forEach((d, i) => {
    lines.push(node(`d${i}`, d, `destination ${d.label}`));
    const shown = d.rules.slice(0, MAX_RULES_ON_EDGE).join(', ');
    const more = d.rules.length > MAX_RULES_ON_EDGE ? ` +${d.rules.length - MAX_RULES_ON_EDGE} more` : '';
    lines.push(`  src -- "${label(`${shown}${more}`)}" --> d${i}`);
  });
  lines.push(
    '  classDef changed fill:#fff8c5,stroke:#9a6700',
    '  classDef destructive fill:#ffebe9,stroke:#cf222e',
  );
  const marked = (mark: NodeMark) => [
    ...(marks.source === mark ? ['src'] : []),
    ...marks.destinations.flatMap((m, i) => (m === mark ? [`d${i}`] : [])),
  ];
  for (const mark of ['changed', 'destructive'] as const) {
    const ids = marked(mark);
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${mark}`);
  }
  lines.push('```');
  return lines.join('\n');
}
