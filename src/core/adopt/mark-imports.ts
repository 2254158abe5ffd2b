import type { Plan } from '../plan/plan.js';
import type { PlaceAdoption } from './adoption-targets.js';

/**
 * The plan with each bucket still to be adopted shown as imported, not added: a change set of a
 * new stack (or a template diff) sees the bucket as a resource to create, which a deploy would try,
 * and fail on, since the bucket exists.
 */
export function withAdoptions(plan: Plan, adoptions: readonly PlaceAdoption[]): Plan {
  if (adoptions.length === 0) return plan;
  const toImport = new Map(
    adoptions.filter((a) => a.status === 'to-import').map((a) => [a.target.stackName, a.target.ids.bucket]),
  );
  return {
    ...plan,
    adoptions,
    stacks: plan.stacks.map((s) => {
      const bucket = toImport.get(s.name);
      if (bucket === undefined) return s;
      return {
        ...s,
        changes: s.changes.map((c) =>
          c.logicalId === bucket && c.action === 'Add' ? { ...c, action: 'Import' as const } : c,
        ),
        note: `${s.note ? `${s.note} ` : ''}Its existing bucket is imported first (an IMPORT change set), then this update applies the rest.`,
      };
    }),
  };
}
