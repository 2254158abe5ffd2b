/**
 * Untrusted text (a config value, a file name) inside a message: the log, an annotation, the CLI,
 * a report's code block. A line break in it would end the message's line and start one the text
 * chooses — a workflow command in the log, a section marker in a comment — so line breaks, other
 * controls, invisible formatting characters (bidirectional overrides among them) and lone
 * surrogates are spelled out as escapes: `\n`, `\r`, `\t`, `\uXXXX`. Everything else is kept.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (c: string): string => {
  if (SHORT[c]) return SHORT[c];
  const n = c.codePointAt(0)!;
  const hex = n.toString(16).toUpperCase();
  return n > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
};

/** The text as it is when it is printable on one line; otherwise with its unprintable characters escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/** The text in double quotes, on one line, with `"` and `\` escaped too: it reads back unambiguously. */
export function quote(text: string): string {
  return `"${printable(text.replace(/["\\]/g, '\\$&'))}"`;
}
