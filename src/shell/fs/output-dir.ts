import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../errors.js';

/** Writes every file into `dir`, creating it. Called only after all of the output was computed. */
export async function writeOutputDir(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const written: string[] = [];
  try {
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) {
      const path = join(dir, name);
      await writeFile(path, text, 'utf8');
      written.push(path);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    throw new UserError(
      `cannot write to ${dir}: ${code} (${(e as Error).message})`,
      'Choose an output directory you can write to.',
    );
  }
  return written;
}

export async function readTextFile(path: string): Promise<string> {
  return readFile(path, 'utf8');
}
