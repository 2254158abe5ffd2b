/**
 * The parts of the verify report that come from monitoring: S3's own reason for a FAILED canary,
 * next to verify's comparison of the live chain, and the alarms and recent failures CloudWatch
 * has for the topology's rules. render-verify.ts places them.
 */
import {
  alarmsNeedingAttention,
  type DestinationVerification,
  type VerifyReport,
} from '../verify/verification.js';
import { code, inlineText } from './untrusted-text.js';

/** Block-quote lines for a destination that FAILED: what S3's failure event said, or why there is none. */
export function failureEventLines(d: DestinationVerification): string[] {
  if (d.failureEvent)
    return [
      '>',
      `> **S3's reason**: ${code(d.failureEvent.reason)}${d.failureEvent.description ? `: ${inlineText(d.failureEvent.description)}` : ''}${d.failureEvent.ruleId ? ` (rule ${code(d.failureEvent.ruleId)})` : ''}`,
    ];
  if (d.failureEventNote) return ['>', `> **S3's reason**: unknown: ${inlineText(d.failureEventNote)}`];
  return [];
}

/** Blocks for the head of the report: alarms firing or missing, and failures counted since the last day. */
export function monitoringBlocks(r: VerifyReport): string[] {
  const m = r.monitoring;
  if (!m) return [];
  const out: string[] = [];
  const attention = alarmsNeedingAttention(r);
  if (attention.length > 0)
    out.push(
      [
        '> [!CAUTION]',
        `> ${attention.length === 1 ? 'An alarm needs' : `${attention.length} alarms need`} attention:`,
        ...attention.map((a) =>
          a.state === 'missing'
            ? `> - ${code(a.name)} (${code(a.destinationId)}, rule ${code(a.s3RuleId)}) does not exist: its failures page nobody (redeploy, and see drift).`
            : `> - ${code(a.name)} (${code(a.destinationId)}, rule ${code(a.s3RuleId)}) is in **ALARM**${a.since ? ` since ${inlineText(a.since)}` : ''}${a.reason ? `: ${inlineText(a.reason)}` : ''}`,
        ),
      ].join('\n'),
    );
  if (m.recentFailures.length > 0)
    out.push(
      [
        '> [!WARNING]',
        `> Operations that failed to replicate in the last ${m.hours} hours (CloudWatch, OperationsFailedReplication): FAILED versions are never retried; S3 Batch Replication replicates them again.`,
        ...m.recentFailures.map(
          (f) => `> - rule ${code(f.s3RuleId)} to ${code(f.destinationId)}: ${f.operations}`,
        ),
      ].join('\n'),
    );
  if (m.notes.length > 0) out.push(['> [!NOTE]', ...m.notes.map((n) => `> ${inlineText(n)}`)].join('\n'));
  if (out.length === 0 && m.alarms.length > 0)
    out.push(
      `🔕 ${m.alarms.length} ${m.alarms.length === 1 ? 'alarm' : 'alarms'}, none in ALARM; no failed operations in the last ${m.hours} hours.`,
    );
  return out;
}
