import { getOctokit } from '@actions/github';
import type { BaseConfig } from '../../plan-command.js';
import type { Logger } from '../logger.js';
import type { Repo } from './comments-api.js';

/**
 * The config file as it is on the pull request's base commit, through the contents API (a
 * checkout usually holds only the merge commit). Read access is all a fork's token has, and all
 * this needs.
 */
export async function baseConfigFromGitHub(
  token: string,
  r: Repo,
  at: { readonly sha: string; readonly ref: string },
  configPath: string,
  logger: Logger,
): Promise<BaseConfig> {
  const label = `the base branch (${at.ref} @ ${at.sha.slice(0, 7)})`;
  const path = configPath.replace(/^\.\//, '');
  try {
    const out = await getOctokit(token).rest.repos.getContent({ ...r, path, ref: at.sha });
    const file = out.data as { type?: string; content?: string; encoding?: string };
    if (file.type !== 'file' || file.content === undefined) return { label, text: undefined };
    return {
      label,
      text: Buffer.from(file.content, (file.encoding as BufferEncoding) ?? 'base64').toString('utf8'),
    };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return { label, text: undefined };
    logger.warning(`could not read ${path} at ${at.sha.slice(0, 7)}: ${(e as Error).message}`);
    return { label: `nothing: ${path} could not be read from ${label}`, text: undefined };
  }
}
