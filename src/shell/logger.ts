/** Where messages go: the Actions log, a terminal, or a test's recording. */
export interface Logger {
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number; column?: number }): void;
  error(message: string, where?: { file?: string; line?: number; column?: number }): void;
  /**
   * Where a terminal can redraw one line (a progress bar), the state of a long wait, 0 to 1 done
   * (undefined: not known yet). Absent elsewhere: callers then log a line now and then.
   */
  progress?(line: string, fraction: number | undefined): void;
}

export function consoleLogger(stream: { write(s: string): unknown } = process.stderr): Logger {
  const where = (w?: { file?: string; line?: number; column?: number }) =>
    w?.file ? `${[w.file, w.line, w.column].filter((x) => x !== undefined).join(':')}: ` : '';
  return {
    info: (m) => void stream.write(`${m}\n`),
    warning: (m, w) => void stream.write(`warning: ${where(w)}${m}\n`),
    error: (m, w) => void stream.write(`error: ${where(w)}${m}\n`),
  };
}

/** For tests: keeps every line so assertions can read them. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
  };
}
