/**
 * A long wait (a followed backfill job) shows as one line redrawn in place on a terminal, and as
 * plain log lines everywhere else: the logger of a piped stderr has no progress, so the mode logs.
 */
import { describe, expect, it } from '@jest/globals';
import { terminalLogger } from '../../src/cli.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (s: string) => void written.push(s) };
}

describe('the terminal logger', () => {
  it('on a terminal, redraws a bar on one line and clears it before the next log line', () => {
    const err = stream(true);
    const logger = terminalLogger(err, false);
    logger.progress!('job 1: Active, 1 of 4 tasks done', 0.25);
    logger.progress!('job 1: Active, 2 of 4 tasks done', 0.5);
    logger.info('job 1: Complete');
    expect(err.written).toEqual([
      '[######------------------]  25% job 1: Active, 1 of 4 tasks done',
      '\r\u001b[2K',
      '[############------------]  50% job 1: Active, 2 of 4 tasks done',
      '\r\u001b[2K',
      'job 1: Complete\n',
    ]);
  });

  it('elsewhere (a pipe, a file) has no progress: callers log lines instead', () => {
    const logger = terminalLogger(stream(false), false);
    expect(logger.progress).toBeUndefined();
  });
});
