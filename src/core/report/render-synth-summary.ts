import type { Manifest } from '../synth/synthesize.js';
import { escapeMarkdown } from './markdown.js';

/** Job-summary Markdown for a synth run: the stacks in deploy order and where they go. */
export function renderSynthSummary(manifest: Manifest, outDir: string): string {
  const rows = manifest.stacks.map(
    (s, i) =>
      `| ${i + 1} | \`${escapeMarkdown(s.name)}\` | ${s.kind} | ${s.account} | ${s.region} | \`${escapeMarkdown(s.template)}\` |`,
  );
  return [
    `### s3-xrepl synth: ${escapeMarkdown(manifest.topology)}`,
    '',
    `${manifest.stacks.length} stacks, in deploy order, written to \`${escapeMarkdown(outDir)}\`.`,
    '',
    ...(manifest.destinationStackSet
      ? [
          `The destinations deploy as instances of StackSet \`${escapeMarkdown(manifest.destinationStackSet.name)}\` (administrator ${manifest.destinationStackSet.account}, ${manifest.destinationStackSet.region}), each with its parameters as overrides.`,
          '',
        ]
      : []),
    '| # | Stack | Kind | Account | Region | Template |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
