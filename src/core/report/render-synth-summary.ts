import type { Manifest } from '../synth/synthesize.js';
import { code, inlineText } from './untrusted-text.js';

/** Job-summary Markdown for a synth run: the stacks in deploy order and where they go. */
export function renderSynthSummary(manifest: Manifest, outDir: string): string {
  const rows = [...manifest.stacks, ...(manifest.wayBack ?? [])].map(
    (s, i) =>
      `| ${i + 1} | ${code(s.name)} | ${i < manifest.stacks.length ? s.kind : 'destination, again: its way back to the source'} | ${inlineText(s.account)} | ${inlineText(s.region)} | ${code(s.template)} |`,
  );
  return [
    `### s3-xrepl synth: ${inlineText(manifest.topology)}`,
    '',
    `${manifest.stacks.length} stacks, in deploy order, written to ${code(outDir)}.`,
    '',
    ...(manifest.destinationStackSet
      ? [
          `The destinations deploy as instances of StackSet ${code(manifest.destinationStackSet.name)} (administrator ${inlineText(manifest.destinationStackSet.account)}, ${inlineText(manifest.destinationStackSet.region)}), each with its parameters as overrides.`,
          '',
        ]
      : []),
    '| # | Stack | Kind | Account | Region | Template |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
