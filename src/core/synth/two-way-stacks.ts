import type { Destination, Topology } from '../model/topology.js';
import { concreteBucketArn } from '../templates/concrete-arns.js';
import type { Template } from '../templates/cfn.js';
import { buildDestinationTemplate } from '../templates/destination-template.js';
import { BOUNDARY_PARAMETER } from '../templates/replication-role.js';
import { SOURCE_OUTPUTS } from '../templates/source-template.js';
import { WAY_BACK_PARAMETERS, withWayBack } from '../templates/way-back.js';
import type { ParameterValue, StackPlan } from './synthesize.js';

/**
 * A two-way destination's own template file and the parameters of its way back. Its first deploy
 * comes before the source stack: the source key's ARN falls back to '' (way back off) until the
 * source stack exists; deploys after the first pass the source's ARN from the start, so the way
 * back is never switched off and on again.
 */
export function twoWayDestination(
  topology: Topology,
  d: Destination,
  templates: Map<string, Template>,
  notes: string[],
): { template: string; parameters: Record<string, ParameterValue> } {
  const template = `${d.stackName}.template.json`;
  templates.set(template, withWayBack(buildDestinationTemplate(), topology, d));
  const { source } = topology;
  if (source.key.kind === 'existing' && d.account !== source.account)
    notes.push(existingSourceKeyNote(topology, d));
  return {
    template,
    parameters: {
      [WAY_BACK_PARAMETERS.bucketArn]: concreteBucketArn(topology.partition, source.bucket),
      [WAY_BACK_PARAMETERS.kmsKeyArn]:
        source.key.kind === 'existing'
          ? source.key.arn
          : { fromStack: source.stackName, output: SOURCE_OUTPUTS.kmsKeyArn, orElse: '' },
      [BOUNDARY_PARAMETER]: d.twoWay?.boundaryArn ?? '',
    },
  };
}

/** Phase 3: each two-way destination again, its way back now fed by the source stack just deployed. */
export function wayBackPhase(
  topology: Topology,
  destinations: readonly StackPlan[],
): { wayBack?: StackPlan[] } {
  const again = destinations.filter((s) =>
    topology.destinations.some((d) => d.twoWay && d.stackName === s.name),
  );
  if (again.length === 0) return {};
  return {
    wayBack: again.map((s) => {
      const key = s.parameters[WAY_BACK_PARAMETERS.kmsKeyArn];
      return {
        ...s,
        parameters: {
          ...s.parameters,
          ...(key !== undefined && typeof key !== 'string'
            ? { [WAY_BACK_PARAMETERS.kmsKeyArn]: { fromStack: key.fromStack, output: key.output } }
            : {}),
        },
      };
    }),
  };
}

function existingSourceKeyNote(topology: Topology, d: Destination): string {
  return (
    `destination "${d.id}" replicates back to the source, whose existing key this tool does not manage. ` +
    `Grant the role arn:${topology.partition}:iam::${d.account}:role/${d.twoWay!.roleName} kms:Encrypt and ` +
    `kms:GenerateDataKey${topology.source.bucketKey ? ' and kms:Decrypt' : ''} in that key's policy ` +
    `(kms:ViaService s3.${topology.source.region}), or every object written on ${d.bucket} fails to replicate back.`
  );
}
