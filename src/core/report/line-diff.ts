export type DiffLine = { readonly op: ' ' | '-' | '+'; readonly text: string };

/** Above this many cells the middle of a diff is shown as "all removed, then all added". */
const LCS_CELL_LIMIT = 4_000_000;

/**
 * A line diff. Common head and tail are trimmed first (policy edits are local), the rest is an
 * LCS; a middle too big for that is shown as a block replacement, which is still correct.
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const same = (text: string): DiffLine => ({ op: ' ', text });
  return [
    ...before.slice(0, head).map(same),
    ...middle(a, b),
    ...before.slice(before.length - tail).map(same),
  ];
}

function middle(a: readonly string[], b: readonly string[]): DiffLine[] {
  if (a.length * b.length > LCS_CELL_LIMIT || a.length === 0 || b.length === 0) {
    return [
      ...a.map((text) => ({ op: '-' as const, text })),
      ...b.map((text) => ({ op: '+' as const, text })),
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], one flat array.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  while (i < a.length) out.push({ op: '-', text: a[i++]! });
  while (j < b.length) out.push({ op: '+', text: b[j++]! });
  return out;
}

/** Unified-diff body (no file headers): changed lines with `context` lines around, hunks split by `@@`. */
export function unifiedDiff(lines: readonly DiffLine[], context = 3): string {
  // Distance to the nearest change before and after each line, in two linear passes: marking a
  // window around each change would be quadratic for a wide context on a big property.
  const n = lines.length;
  const before = new Array<number>(n);
  const after = new Array<number>(n);
  for (let i = 0, last = -Infinity; i < n; i++) {
    if (lines[i]!.op !== ' ') last = i;
    before[i] = i - last;
  }
  for (let i = n - 1, next = Infinity; i >= 0; i--) {
    if (lines[i]!.op !== ' ') next = i;
    after[i] = next - i;
  }
  const keep = lines.map((_, i) => Math.min(before[i]!, after[i]!) <= context);
  const out: string[] = [];
  let gap = false;
  lines.forEach((l, i) => {
    if (!keep[i]) {
      gap = true;
      return;
    }
    if (gap || out.length === 0) out.push('@@');
    gap = false;
    out.push(`${l.op}${l.text}`);
  });
  return out.join('\n');
}

export function countChanges(lines: readonly DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((l) => l.op === '+').length,
    removed: lines.filter((l) => l.op === '-').length,
  };
}
