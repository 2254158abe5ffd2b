import { backfill } from './backfill.js';
import { bootstrap } from './bootstrap.js';
import { deploy } from './deploy.js';
import { drift } from './drift.js';
import type { Mode } from './mode.js';
import { plan } from './plan.js';
import { schema } from './schema.js';
import { synth } from './synth.js';
import { templates } from './templates.js';
import { validate } from './validate.js';
import { verify } from './verify.js';

/**
 * Every mode, in the order help lists them. Both front doors run these and nothing else: adding a
 * mode is one file and one line here. (Each file's static imports are light: what a mode runs is
 * loaded when it runs.)
 */
export const MODES: readonly Mode<never>[] = [
  synth,
  plan,
  deploy,
  verify,
  backfill,
  drift,
  bootstrap,
  validate,
  templates,
  schema,
] as unknown as readonly Mode<never>[];

export function modesOf(frontDoor: 'action' | 'cli'): readonly Mode<never>[] {
  return MODES.filter((m) => m.frontDoors.includes(frontDoor));
}
