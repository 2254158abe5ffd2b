import { UserError } from '../../core/errors.js';

/** Characters that make a path a glob (tinyglobby's own test is loaded only when one is there). */
const GLOB_CHARACTERS = /[*?[\]{}!()+@]/;

/**
 * The `config` input as config files: itself when it is a plain path, every match, sorted, when it
 * is a glob (`replication/*.yml`). A glob that matches nothing is a mistake, said as such.
 */
export async function expandConfig(pattern: string, cwd = process.cwd()): Promise<string[]> {
  if (!GLOB_CHARACTERS.test(pattern)) return [pattern];
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(pattern)) return [pattern];
  const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
  if (matches.length === 0)
    throw new UserError(`input "config" is the pattern ${pattern}, which matches no file under ${cwd}.`);
  return matches;
}
