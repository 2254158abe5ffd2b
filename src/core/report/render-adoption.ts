import type { PlaceAdoption } from '../adopt/adoption-targets.js';
import type { AdoptionReview, LiveItem, LiveItemFate } from '../adopt/review-adoption.js';
import type { AdoptedKind } from '../model/adoption.js';
import { code, inlineText } from './untrusted-text.js';
import { BACKFILL_REMEDY } from './remedies.js';

const KIND_TEXT: Readonly<Record<AdoptedKind, string>> = {
  replicationRules: 'replication rule',
  policyStatements: 'bucket-policy statement',
  lifecycleRules: 'lifecycle rule',
  notifications: 'event notification',
};

const FATE_TEXT: Readonly<Record<LiveItemFate, string>> = {
  kept: 'kept: carried into the template as it is',
  dropped: 'dropped: removed for good by the first update',
  replaced: "replaced by the product's own of the same name",
  untouched: 'untouched: the stack does not write these',
  unaccounted: '⛔ **neither kept nor dropped**: the update would delete it',
};

/** Names of adopted buckets whose plan is refused: the mode fails on any. */
export function refusedAdoptions(adoptions: readonly PlaceAdoption[] | undefined): string[] {
  return (adoptions ?? []).flatMap((a) =>
    a.status === 'to-import' && a.review.blocked ? [a.target.bucket] : [],
  );
}

/**
 * What adopting each existing bucket does, reviewer first: refusals (another stack owns it; live
 * settings nobody accounted for; kept names the bucket lacks), the import, every live setting with
 * its fate, the changes that last, and the objects live replication will not copy. Names read from
 * the bucket are untrusted text.
 */
export function renderAdoptions(adoptions: readonly PlaceAdoption[] | undefined): string[] {
  const out: string[] = [];
  for (const a of adoptions ?? []) {
    const t = a.target;
    const where = `${code(t.bucket)} (${inlineText(t.place)}, ${inlineText(t.account)}, ${inlineText(t.region)})`;
    if (a.status === 'adopted') {
      out.push(`ℹ️ Bucket ${where} is already in stack ${code(t.stackName)}: planned like any other.`);
      continue;
    }
    const r = a.review;
    // Blocks apart by a blank line: a line straight after a quote or a list would join it.
    const lines: string[] = [`#### Adopting ${where}`];
    if (r.ownerStack !== undefined)
      lines.push(
        `> [!CAUTION]\n> **Refused**: the bucket is managed by stack ${code(r.ownerStack)} already. A resource can be in one stack only: remove it from that stack (with \`DeletionPolicy: Retain\`) first, or leave \`${t.configPath}\` out.`,
      );
    const unaccounted = r.items.filter((i) => i.fate === 'unaccounted');
    if (unaccounted.length > 0)
      lines.push(
        `> [!CAUTION]\n> **Refused**: ${unaccounted.length} live ${unaccounted.length === 1 ? 'setting is' : 'settings are'} neither kept nor dropped, and the first update after the import would delete ${unaccounted.length === 1 ? 'it' : 'them'}. Name each under \`${t.configPath}.keep\` (carried over as it is) or \`${t.configPath}.drop\` (removed for good).`,
      );
    if (r.missingKept.length > 0)
      lines.push(
        `> [!CAUTION]\n> **Refused**: ${r.missingKept.map((m) => `${KIND_TEXT[m.kind]} ${code(m.name)}`).join(', ')} ${r.missingKept.length === 1 ? 'is' : 'are'} kept by \`${t.configPath}.keep\` but the bucket has no such thing: there is nothing to carry over.`,
      );
    if (a.status === 'imported')
      lines.push(
        `**Imported** into stack ${code(t.stackName)} by an earlier run, which stopped before the update: this deploy continues with the update below.`,
      );
    else if (r.ownerStack === undefined)
      lines.push(
        `**Import**: \`${t.ids.bucket}\` (AWS::S3::Bucket ${code(t.bucket)}) is imported into stack ${code(t.stackName)} by an \`IMPORT\` change set, retained on delete and replace; nothing about the bucket changes then. The update that follows applies what is below.`,
      );
    if (r.items.length > 0)
      lines.push(
        ['| live setting | name | what happens |', '|---|---|---|', ...r.items.map(itemRow)].join('\n'),
      );
    if (r.changes.length > 0)
      lines.push(
        r.changes
          .map(
            (c) =>
              `- **${c.setting}**: ${inlineText(c.from)} → ${inlineText(c.to)}${c.oneWay ? ' — **one-way**' : ''}: ${c.consequence}.`,
          )
          .join('\n'),
      );
    lines.push(objectsLine(r.objects, r.objectsUnreadable));
    if (r.missingDropped.length > 0)
      lines.push(
        `<sub>Dropped but not on the bucket (nothing to do): ${r.missingDropped.map((m) => code(m.name)).join(', ')}.</sub>`,
      );
    out.push(lines.join('\n\n'));
  }
  return out;
}

function itemRow(i: LiveItem): string {
  const fate = FATE_TEXT[i.fate] + (i.warning ? ` — ⚠️ ${inlineText(i.warning)}` : '');
  return `| ${KIND_TEXT[i.kind]} | ${code(i.name)} | ${fate} |`;
}

function objectsLine(objects: AdoptionReview['objects'], unreadable: string | undefined): string {
  const copyNote = `live replication copies only objects written after the deploy, so ${BACKFILL_REMEDY} once it has run.`;
  if (unreadable)
    return `**Objects**: not counted (${inlineText(unreadable)}); whatever the bucket holds, ${copyNote}`;
  if (!objects)
    return `**Objects**: S3 has published no storage metrics for this bucket yet (they come once a day); whatever it holds, ${copyNote}`;
  const size = objects.bytes !== undefined ? ` (${formatBytes(objects.bytes)})` : '';
  return `**Objects**: ${Math.round(objects.count).toLocaleString('en-US')} on ${objects.day}${size}, by S3's daily storage metrics; ${copyNote}`;
}

function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
