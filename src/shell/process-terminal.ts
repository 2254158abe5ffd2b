import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A terminal's output, as the CLI writes to it. */
export interface TerminalStream {
  write(s: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * The process's stdout or stderr, written with `writeSync` on its descriptor. Creating
 * `process.stdout` or `process.stderr` costs a few milliseconds (a stream, and `node:stream` when it
 * is not loaded yet): a third of what synth takes for a small config. Node's own streams write
 * synchronously to files, pipes and terminals on Linux and macOS too, so nothing is reordered. A
 * descriptor left non-blocking by whoever started us can refuse a write (EAGAIN); from then on the
 * rest goes through Node's stream, which waits for it.
 */
export function descriptorStream(fd: 1 | 2): TerminalStream {
  const tty = isTerminal(fd);
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  let handedOver = false;
  return {
    isTTY: tty,
    // Only a terminal has a width; reading it needs the stream, which a terminal run can afford.
    get columns() {
      return tty ? stream().columns : undefined;
    },
    write(s: string) {
      if (handedOver) return stream().write(s);
      let bytes = Buffer.from(s, 'utf8');
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(fd, bytes));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
          handedOver = true;
          return stream().write(bytes);
        }
      }
      return true;
    },
  };
}

/**
 * Only a character device can be a terminal. Asking `node:tty` loads it and `node:net` (3 to 5 ms),
 * so a pipe, a file or /dev/null, what scripts and CI give, is answered by the descriptor alone.
 */
function isTerminal(fd: number): boolean {
  const found = (() => {
    try {
      return fstatSync(fd);
    } catch {
      return undefined;
    }
  })();
  if (!found?.isCharacterDevice()) return false;
  // /dev/null is a character device too (and has no /dev/null of that name on Windows).
  if (statSync('/dev/null', { throwIfNoEntry: false })?.rdev === found.rdev) return false;
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}
