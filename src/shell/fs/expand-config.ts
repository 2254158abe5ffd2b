import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../../errors.js';

/**
 * The `config` input as config files: itself when it is a plain path, every match, sorted, when it
 * is a glob (`replication/*.yml`). A glob that matches nothing is a mistake, said as such.
 */
export async function expandConfig(pattern: string, cwd = process.cwd()): Promise<string[]> {
  if (!isDynamicPattern(pattern)) return [pattern];
  const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
  if (matches.length === 0)
    throw new UserError(`input "config" is the pattern ${pattern}, which matches no file under ${cwd}.`);
  return matches;
}
