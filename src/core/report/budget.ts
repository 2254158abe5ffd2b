import { codeLine, fenceFor } from './untrusted-text.js';

/**
 * Reports as parts that can be cut to a size without breaking their Markdown: the head (verdict,
 * warnings, summary) and tail always survive; details are whole `<details>` blocks, shortened at
 * line boundaries and always closed.
 */
export interface Detail {
  /** HTML for the `<summary>` line, an HTML block: untrusted text in it goes through `htmlText`. */
  readonly summary: string;
  /** When set, the lines go inside a code fence of this language, shown literally. */
  readonly fence?: string;
  readonly lines: readonly string[];
  /** Shown unfolded: what a reviewer must read (permissions, rules, the picture). */
  readonly open?: boolean;
  /** Never shortened: kept whole or left out (a picture cut in half would not draw). */
  readonly whole?: boolean;
}

export interface ReportParts {
  readonly head: readonly string[];
  readonly details: readonly Detail[];
  readonly tail: readonly string[];
}

/** GitHub's limit for an issue or pull request comment body, in characters. */
export const COMMENT_LIMIT = 65_536;

/** Below this, a shortened detail says too little to be worth its summary line. */
const MIN_USEFUL_DETAIL = 400;

export function renderAll(parts: ReportParts): string {
  return join([...parts.head, ...parts.details.map((d) => renderDetail(d)!), ...parts.tail]);
}

/**
 * The report within `limit` characters (JavaScript string length, which is what GitHub counts for
 * the common case; surrogate pairs make it conservative). Details keep their order; the first that
 * does not fit is shortened, the rest are replaced by `omitted(n)`.
 */
export function renderWithin(parts: ReportParts, limit: number, omitted: (count: number) => string): string {
  const whole = renderAll(parts);
  if (whole.length <= limit) return whole;
  const fixed = join([...parts.head, omitted(parts.details.length), ...parts.tail]).length;
  let room = limit - fixed;
  const kept: string[] = [];
  let i = 0;
  for (; i < parts.details.length; i++) {
    const full = renderDetail(parts.details[i]!)!;
    if (full.length + 2 <= room) {
      kept.push(full);
      room -= full.length + 2;
      continue;
    }
    if (room - 2 >= MIN_USEFUL_DETAIL && !parts.details[i]!.whole) {
      const cut = renderDetail(parts.details[i]!, room - 2);
      if (cut !== undefined) {
        kept.push(cut);
        i++;
      }
    }
    break;
  }
  const rest = parts.details.length - i;
  return join([...parts.head, ...kept, ...(rest > 0 ? [omitted(rest)] : []), ...parts.tail]);
}

function join(blocks: readonly string[]): string {
  return blocks.join('\n\n') + '\n';
}

/** One `<details>` block, shortened to `maxChars` by dropping lines from the end; undefined if even that cannot fit. */
export function renderDetail(d: Detail, maxChars = Number.POSITIVE_INFINITY): string | undefined {
  const lines = d.fence !== undefined ? d.lines.map(codeLine) : d.lines;
  const fence = d.fence !== undefined ? fenceFor(lines) : '';
  const build = (lines: readonly string[], dropped: number): string => {
    const body = d.fence !== undefined ? [`${fence}${d.fence}`, ...lines, fence] : [...lines];
    const note = dropped > 0 ? [`_${dropped} more lines not shown here: see the job summary._`] : [];
    return [
      d.open ? '<details open>' : '<details>',
      `<summary>${d.summary}</summary>`,
      '',
      ...body,
      ...note,
      '',
      '</details>',
    ].join('\n');
  };
  const full = build(lines, 0);
  if (full.length <= maxChars) return full;
  if (d.whole) return undefined;
  // Longest prefix of lines that fits, by binary search on the count.
  let lo = 0;
  let hi = lines.length - 1;
  let best: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const text = build(lines.slice(0, mid), lines.length - mid);
    if (text.length <= maxChars) {
      best = text;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
