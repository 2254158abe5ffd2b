import { UserError } from '../../errors.js';

export const MODES = ['synth'] as const;
/** Modes the action will grow into; named so a workflow written for a later version fails clearly. */
const LATER_MODES = ['plan', 'deploy', 'verify', 'drift', 'bootstrap'];

export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  readonly config: string;
  readonly mode: Mode;
  readonly outDir: string;
}

/** Reads and checks the action inputs; `get` is core.getInput or a test's map. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const config = get('config').trim();
  if (config === '') throw new UserError('input "config" is required: the path of the topology YAML file.');
  const mode = (get('mode').trim() || 'synth') as Mode;
  if (!MODES.includes(mode)) {
    const later = LATER_MODES.includes(mode)
      ? ` "${mode}" is not available in this version of the action.`
      : '';
    throw new UserError(`input "mode" is "${mode}": allowed values are ${MODES.join(', ')}.${later}`);
  }
  return { config, mode, outDir: get('out-dir').trim() || 's3-xrepl.out' };
}
