import type { AdoptConfig } from '../config/config-types.js';

/** The kinds of live bucket settings a template replaces as a whole, named as the config names them. */
export const ADOPTED_KINDS = [
  'replicationRules',
  'policyStatements',
  'lifecycleRules',
  'notifications',
] as const;
export type AdoptedKind = (typeof ADOPTED_KINDS)[number];

export type AdoptedNames = Readonly<Record<AdoptedKind, readonly string[]>>;

/** An existing bucket the stack imports, and what of its live settings the config keeps or drops. */
export interface Adoption {
  readonly keep: AdoptedNames;
  readonly drop: AdoptedNames;
}

export function adoptionOf(config: AdoptConfig | undefined): { adopt?: Adoption } {
  if (config === undefined) return {};
  const names = (side: AdoptConfig['keep']): AdoptedNames => ({
    replicationRules: [...(side?.replicationRules ?? [])],
    policyStatements: [...(side?.policyStatements ?? [])],
    lifecycleRules: [...(side?.lifecycleRules ?? [])],
    notifications: [...(side?.notifications ?? [])],
  });
  return { adopt: { keep: names(config.keep), drop: names(config.drop) } };
}
