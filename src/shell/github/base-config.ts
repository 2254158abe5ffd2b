import { restClient } from './rest.js';
import type { Logger } from '../logger.js';
import type { Repo } from './comments-api.js';

/** Where an offline plan gets the config it compares with. */
export interface BaseConfig {
  /** Says what was compared with, e.g. "the base branch (main @ 1a2b3c4)". */
  readonly label: string;
  /** The config's text there; undefined when the file does not exist there. */
  readonly text: string | undefined;
}

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
    const file = await restClient(token).request<{ type?: string; content?: string; encoding?: string }>(
      'GET',
      `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(at.sha)}`,
    );
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
