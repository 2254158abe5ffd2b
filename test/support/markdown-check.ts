/**
 * Structural checks of the Markdown the reports emit, as GitHub (CommonMark + GFM) reads it:
 * fenced code blocks, `<details>`/`<summary>` HTML and inline code spans. Not a full parser:
 * fences are recognised at top level only (not inside block quotes or lists), code spans within
 * one line, and indented code blocks not at all; the reports use none of those around the
 * structures checked here.
 */

export interface HtmlTag {
  /** 1-based line number. */
  readonly line: number;
  readonly name: 'details' | 'summary';
  readonly closing: boolean;
}

interface Fence {
  readonly char: '`' | '~';
  readonly length: number;
  readonly line: number;
}

/** Problems that would break the report's layout; empty when there are none. */
export function checkMarkdown(text: string): string[] {
  const problems: string[] = [];
  const open: HtmlTag[] = [];
  let summary: HtmlTag | undefined;
  let fence: Fence | undefined;

  const onTag = (tag: HtmlTag): void => {
    const where = `line ${tag.line}`;
    if (tag.name === 'summary') {
      if (!tag.closing) {
        if (summary) problems.push(`${where}: <summary> inside the <summary> of line ${summary.line}`);
        if (open.length === 0) problems.push(`${where}: <summary> outside any <details>`);
        summary = tag;
      } else if (!summary) problems.push(`${where}: </summary> without <summary>`);
      else summary = undefined;
      return;
    }
    if (summary)
      problems.push(
        `${where}: <${tag.closing ? '/' : ''}details> inside the <summary> of line ${summary.line}`,
      );
    if (!tag.closing) open.push(tag);
    else if (!open.pop()) problems.push(`${where}: </details> without <details>`);
  };

  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      // Report bodies inside fences are diff lines, which start with an op: a line opening with
      // <details> means a fence left open swallowed the next block.
      else if (/^<details\b/i.test(line))
        problems.push(`line ${n}: <details> inside the code fence opened on line ${fence.line}`);
      return;
    }
    const opened = fenceOpening(line, n);
    if (opened) {
      fence = opened;
      return;
    }
    for (const tag of tagsInLine(line, n)) onTag(tag);
  });

  if (fence) problems.push(`the code fence opened on line ${fence.line} never closes`);
  if (summary) problems.push(`the <summary> of line ${summary.line} never closes`);
  for (const d of open) problems.push(`the <details> of line ${d.line} never closes`);
  return problems;
}

/** The text with every fenced code block (fence lines included) removed; an unclosed fence runs to the end. */
export function withoutFences(text: string): string {
  const kept: string[] = [];
  let fence: Fence | undefined;
  text.split('\n').forEach((line, i) => {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      return;
    }
    fence = fenceOpening(line, i + 1);
    if (!fence) kept.push(line);
  });
  return kept.join('\n');
}

/** The `<details>`/`<summary>` tags a reader of the rendered Markdown gets, outside fences and code spans. */
export function htmlTags(text: string): HtmlTag[] {
  const out: HtmlTag[] = [];
  let fence: Fence | undefined;
  text.split('\n').forEach((line, i) => {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      return;
    }
    fence = fenceOpening(line, i + 1);
    if (!fence) out.push(...tagsInLine(line, i + 1));
  });
  return out;
}

/** CommonMark: up to 3 spaces, then 3 or more backticks (info string without backticks) or tildes. */
function fenceOpening(line: string, n: number): Fence | undefined {
  const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!m) return undefined;
  const run = m[1]!;
  const char = run[0] as '`' | '~';
  if (char === '`' && m[2]!.includes('`')) return undefined;
  return { char, length: run.length, line: n };
}

/** A closing fence: the same character, at least as many, nothing after it but spaces. */
function closesFence(line: string, fence: Fence): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return !!m && m[1]![0] === fence.char && m[1]!.length >= fence.length;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;

function tagsInLine(line: string, n: number): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length && ESCAPABLE.test(line[i + 1]!)) {
      i += 2;
    } else if (c === '`') {
      const run = /^`+/.exec(line.slice(i))![0].length;
      const close = backtickRun(line, i + run, run);
      i = close >= 0 ? close + run : i + run;
    } else if (line.startsWith('<!--', i)) {
      const end = line.indexOf('-->', i + 4);
      i = end >= 0 ? end + 3 : line.length;
    } else {
      const m = c === '<' ? /^<(\/?)(details|summary)(?:\s[^>]*)?>/i.exec(line.slice(i)) : null;
      if (m) {
        tags.push({ line: n, name: m[2]!.toLowerCase() as HtmlTag['name'], closing: m[1] === '/' });
        i += m[0].length;
      } else i++;
    }
  }
  return tags;
}

/** Where the next run of exactly `length` backticks starts at or after `from`; -1 if none. */
function backtickRun(line: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let m = runs.exec(line); m; m = runs.exec(line)) if (m[0].length === length) return m.index;
  return -1;
}
