import type { TopologyPicture } from '../plan/plan.js';

export type NodeMark = 'unchanged' | 'changed' | 'destructive';

/** Text inside a quoted Mermaid label: quotes and angle brackets would end it or read as HTML. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
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
    `  ${id}["${label(title)}<br/>${label(p.bucket)}<br/>${p.account} · ${p.region}<br/>${label(p.key)}"]`;
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
