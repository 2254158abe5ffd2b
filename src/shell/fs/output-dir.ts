import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PartialFailure, UserError } from '../../core/errors.js';
import { fileProblem } from './file-problem.js';

/**
 * Writes every file into `dir`, all or nothing: the files are written into a temporary directory
 * first, which then becomes `dir` by one rename (a new `dir`), or whose files are renamed into it
 * (an existing `dir`, whose other files stay). A failure before that leaves nothing behind, not
 * even a directory made for the output; so a UserError (exit 2) really means nothing was written.
 * Called only after all of the output was computed.
 *
 * Synchronous inside: a handful of small files, where each asynchronous call would be a trip
 * through the thread pool, and loading `node:fs/promises` alone costs a CLI's synth a few
 * milliseconds of its start-up.
 */
export async function writeOutputDir(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const targets = [...files.keys()].map((name) => join(dir, name));
  const renamed: string[] = [];
  let made: string | undefined;
  let staging: string | undefined;
  try {
    // A symbolic link to a directory is that directory: it is written into, never replaced.
    const found = statSync(dir, { throwIfNoEntry: false });
    if (found && !found.isDirectory())
      throw Object.assign(new Error(`${dir} exists and is not a directory`), { code: 'EEXIST' });
    const existing = found !== undefined;
    if (!existing) made = mkdirSync(dirname(dir), { recursive: true });
    staging = mkdtempSync(
      existing ? join(dir, '.s3-xrepl-staging-') : join(dirname(dir), `.${basename(dir)}-`),
    );
    for (const [name, text] of files) writeFileSync(join(staging, name), text, 'utf8');
    if (!existing) {
      renameSync(staging, dir);
      return targets;
    }
    // A directory where a file must go would stop the renames part-way: refuse before the first.
    for (const target of targets)
      if (isDirectory(target)) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
    for (const [i, name] of [...files.keys()].entries()) {
      renameSync(join(staging, name), targets[i]!);
      renamed.push(targets[i]!);
    }
    return targets;
  } catch (e) {
    if (staging) removeQuietly(staging);
    if (made) removeEmptyDirectories(dirname(dir), made);
    const code = (e as NodeJS.ErrnoException).code;
    const error = code
      ? new UserError(
          `cannot write to ${dir}: ${fileProblem(e)}.`,
          'Choose an output directory you can write to.',
        )
      : e;
    if (renamed.length > 0)
      throw new PartialFailure(error, `These files were written before the failure: ${renamed.join(', ')}.`);
    throw error;
  } finally {
    if (staging) removeQuietly(staging);
  }
}

/**
 * The directories made for the output, from `from` up to `made`, each only while it is empty:
 * parallel topologies of a config glob write into subdirectories of one out-dir.
 */
function removeEmptyDirectories(from: string, made: string): void {
  for (let d = from; ; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return;
    }
    if (d === made || dirname(d) === d) return;
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Left behind only if it cannot be removed; the error that matters is the one being thrown.
  }
}

function isDirectory(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** A config file; synchronous for the same reason as the writes. */
export async function readTextFile(path: string): Promise<string> {
  return readFileSync(path, 'utf8');
}
