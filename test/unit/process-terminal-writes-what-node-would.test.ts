/**
 * The CLI writes to its stdout and stderr descriptors itself (src/shell/process-terminal.ts). Run in
 * a real child process (Node 24 strips the types of the .ts file), the descriptor being what a user's
 * shell or CI gives: a pipe, a file, /dev/null.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/examples.js';
import { node24 } from '../support/runner.js';

const MODULE = join(REPO_ROOT, 'src', 'shell', 'process-terminal.ts');

/** Runs `body` in a child with `descriptorStream` and `fd` in scope; resolves with its stdout. */
function child(
  body: string,
  stdout: 'pipe' | number,
  readAfterMs = 0,
): Promise<{ code: number; out: string; err: string }> {
  const script = `import { descriptorStream } from ${JSON.stringify(MODULE)};\n${body}`;
  return new Promise((resolve) => {
    const p = spawn(node24(), ['--input-type=module', '--no-warnings', '-e', script], {
      stdio: ['ignore', stdout, 'pipe'],
    });
    let out = '';
    let err = '';
    p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    if (p.stdout) {
      // A reader that falls behind: the child's writes fill the pipe and have to wait.
      p.stdout.pause();
      setTimeout(() => p.stdout!.resume(), readAfterMs);
      p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    }
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('the CLI’s own stdout and stderr', () => {
  it('a pipe, a file and /dev/null are not terminals; nothing loads node:tty to say so', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 's3-xrepl-fd-')), 'out.txt');
    const body =
      `const s = descriptorStream(1); s.write(JSON.stringify({ isTTY: s.isTTY, columns: s.columns ?? null, ` +
      `tty: process.moduleLoadList.some((m) => m.endsWith(' tty')) }) + '\\n');`;
    const piped = await child(body, 'pipe');
    expect(piped.err).toBe('');
    expect(JSON.parse(piped.out)).toEqual({ isTTY: false, columns: null, tty: false });

    await child(body, openSync(file, 'w'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ isTTY: false, columns: null, tty: false });

    const nul = await child(
      `const s = descriptorStream(1); process.stderr.write(String(s.isTTY)); s.write('thrown away');`,
      openSync('/dev/null', 'w'),
    );
    expect(nul).toMatchObject({ code: 0, err: 'false' });
  });

  it('a slow reader of a non-blocking pipe gets every byte, in order: the rest goes through Node’s stream', async () => {
    // Touching process.stdout makes a piped fd 1 non-blocking (libuv), as a parent sharing it can.
    const run = await child(
      `process.stdout; const s = descriptorStream(1);\n` +
        `for (let i = 0; i < 64; i++) s.write(String(i).padStart(4, '0') + 'x'.repeat(16 * 1024) + '\\n');\n` +
        `s.write('end\\n');`,
      'pipe',
      300,
    );
    expect(run).toMatchObject({ code: 0, err: '' });
    const lines = run.out.trimEnd().split('\n');
    expect(lines).toHaveLength(65);
    expect(lines.slice(0, 64).map((l) => l.slice(0, 4))).toEqual(
      Array.from({ length: 64 }, (_, i) => String(i).padStart(4, '0')),
    );
    expect(lines.every((l, i) => i === 64 || l.length === 4 + 16 * 1024)).toBe(true);
    expect(lines[64]).toBe('end');
  });
});
