import { inlineText } from './untrusted-text.js';

const MEANING: Record<number, string> = {
  0: '✅ done',
  1: '❌ failed (AWS, a bug, or stopped part-way; see the log)',
  2: '❌ invalid config or input (see the annotations)',
  3: '⚠️ found a problem (see its report)',
};

/** One line per topology of a run over several configs, after each topology's own report. */
export function renderRunsSummary(
  mode: string,
  results: readonly { config: string; code: number }[],
): string {
  const failed = results.filter((r) => r.code !== 0).length;
  return [
    `### s3-xrepl ${inlineText(mode)}: ${results.length} topologies${failed > 0 ? `, ${failed} not done` : ', all done'}`,
    '',
    '| Config | Result |',
    '|---|---|',
    ...results.map((r) => `| ${inlineText(r.config)} | ${MEANING[r.code] ?? `exit ${r.code}`} |`),
    '',
  ].join('\n');
}
