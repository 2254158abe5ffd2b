/** Escapes text from configs or AWS so it cannot break a table or inject markup. */
export function escapeMarkdown(text: string): string {
  // Parentheses stay: with brackets escaped they can no longer form a link, and escaping them
  // only makes the text noisy where Markdown is shown raw (the CLI).
  return text.replace(/[\\`*_{}[\]#+!|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
