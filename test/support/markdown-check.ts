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

/**
 * What a reader of the rendered report gets besides plain text, one entry per construct: each
 * line, table cell separator, code span, HTML tag or comment, entity, link or image bracket,
 * emphasis, strikethrough or math delimiter, and what GitHub links in text after rendering:
 * @mentions (which notify), #123 references, bare URLs and `www.` names. Line-start blocks
 * (headings, lists, quotes, breaks) are listed too.
 *
 * A model of CommonMark + GFM as GitHub renders it, kept to what reports can contain: fenced code
 * is one entry whatever its lines (checkMarkdown checks that fences close); lines inside a `<details>` HTML block up to its
 * blank line are raw HTML, where backslash escapes do not exist and entities are only text; code
 * spans are matched within a line. Tests compare a report rendered from hostile text with the same
 * report rendered from plain text: untrusted text must add nothing to this list.
 */
export function markupIn(markdown: string): string[] {
  const out: string[] = [];
  let fence: Fence | undefined;
  let html = false;
  markdown.split('\n').forEach((line, i) => {
    // A fence shows its lines literally, however many there are: only its opening counts.
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      return;
    }
    out.push('line');
    fence = fenceOpening(line, i + 1);
    if (fence) {
      out.push(`fence ${fence.char}`);
      return;
    }
    if (line.trim() === '') {
      html = false;
      return;
    }
    if (!html && /^ {0,3}<\/?(details|summary)\b/i.test(line)) html = true;
    if (html) htmlMarkup(line, out);
    else markdownMarkup(line, out);
  });
  return out;
}

const LINKED_IN_TEXT: readonly [RegExp, string][] = [
  [/^@[\p{L}\p{N}_]/u, 'mention'],
  [/^#\d/, 'issue reference'],
  [/^[a-z][a-z0-9+.-]*:\/\//i, 'bare URL'],
  [/^www\./i, 'bare www. name'],
];

/** What GitHub links in text at `i` (after rendering, so escapes do not prevent it). */
function linkedAt(line: string, i: number, out: string[]): number {
  const rest = line.slice(i);
  const before = i > 0 ? line[i - 1]! : ' ';
  for (const [pattern, kind] of LINKED_IN_TEXT) {
    if (kind !== 'mention' && /[\p{L}\p{N}]/u.test(before)) continue;
    const m = pattern.exec(rest);
    if (m) {
      out.push(kind);
      return m[0].length;
    }
  }
  return 0;
}

function htmlMarkup(line: string, out: string[]): void {
  for (let i = 0; i < line.length;) {
    const rest = line.slice(i);
    if (rest.startsWith('<!--')) {
      out.push('html comment');
      const end = line.indexOf('-->', i + 4);
      i = end < 0 ? line.length : end + 3;
      continue;
    }
    const tag = /^<\/?[A-Za-z][A-Za-z0-9-]*/.exec(rest);
    if (tag) {
      out.push(`html ${tag[0].toLowerCase()}`);
      i += tag[0].length;
      continue;
    }
    i += linkedAt(line, i, out) || 1;
  }
}

function markdownMarkup(line: string, out: string[]): void {
  let text = line;
  // Line-start blocks, inside any number of block quotes.
  for (;;) {
    const quote = /^ {0,3}> ?/.exec(text);
    if (!quote) break;
    out.push('block quote');
    text = text.slice(quote[0].length);
  }
  const block = /^ {0,3}(#{1,6}(?: |$)|[-+*] |\d{1,9}[.)] |(?:[-*_] *){3,}$|=+ *$| {4})/.exec(text);
  if (block) out.push(`block ${block[1]!.trim() || 'indented code'}`);
  // GFM splits table rows at unescaped pipes before reading the cells, even in code spans.
  if (text.startsWith('|'))
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '|') continue;
      let slashes = 0;
      for (let k = i - 1; k >= 0 && text[k] === '\\'; k--) slashes++;
      if (slashes % 2 === 0) out.push('table cell');
    }
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    const rest = text.slice(i);
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(rest)![0].length;
      const close = backtickRun(text, i + run, run);
      if (close >= 0) {
        out.push('code span');
        i = close + run;
      } else i += run;
      continue;
    }
    if (rest.startsWith('<!--')) {
      // Hidden, whatever it holds.
      out.push('html comment');
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    const special = /^<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>/i.test(rest)
      ? 'autolink <…>'
      : /^<\/?[A-Za-z][A-Za-z0-9-]*/.test(rest)
        ? `html ${/^<\/?[A-Za-z][A-Za-z0-9-]*/.exec(rest)![0].toLowerCase()}`
        : /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(rest)
          ? 'entity'
          : rest.startsWith('![')
            ? 'image'
            : undefined;
    if (special) {
      out.push(special);
      i += special === 'image' ? 2 : 1;
      continue;
    }
    const delimiter: Record<string, string> = {
      '[': 'bracket [',
      ']': 'bracket ]',
      '*': 'emphasis *',
      _: 'emphasis _',
      '~': 'strikethrough ~',
      $: 'math $',
    };
    if (
      delimiter[c] &&
      !(c === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))
    ) {
      out.push(delimiter[c]!);
      i++;
      continue;
    }
    i += linkedAt(text, i, out) || 1;
  }
}
