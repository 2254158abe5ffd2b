import type { DestinationStackSet, Topology } from '../model/topology.js';
import {
  buildDestinationTemplate,
  DESTINATION_OUTPUTS,
  DESTINATION_PARAMETERS,
} from '../templates/destination-template.js';
import { buildSourceTemplate } from '../templates/source-template.js';
import { existingTopicNote } from '../templates/alerts.js';
import { destinationParameterNames } from '../templates/source-parameters.js';
import { BOUNDARY_PARAMETER } from '../templates/replication-role.js';
import { twoWayDestination, wayBackPhase } from './two-way-stacks.js';
import type { Template } from '../templates/cfn.js';
import type { Partition } from '../config/regions.js';
import {
  DESTINATION_KEY_ACTIONS,
  DESTINATION_KEY_BUCKET_KEY_ACTIONS,
  s3ViaServices,
} from '../templates/permission-chain.js';

/**
 * A parameter value, or a reference to an output of a stack deployed earlier. `orElse` is the value
 * while that stack does not exist yet: the first deploy of a two-way pair, whose destination
 * deploys before the source it replicates back to.
 */
export type ParameterValue =
  string | { readonly fromStack: string; readonly output: string; readonly orElse?: string };

export interface StackPlan {
  readonly name: string;
  readonly kind: 'destination' | 'source';
  readonly account: string;
  readonly region: string;
  /** File name, relative to the synth output directory. */
  readonly template: string;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly tags: Readonly<Record<string, string>>;
}

export interface Manifest {
  readonly version: 1;
  readonly topology: string;
  readonly stacks: readonly StackPlan[];
  /**
   * Two-way destinations deployed once more after the source, now with its key ARN: their way back
   * (way-back.ts) turns on only once the source's bucket, key and grants exist.
   */
  readonly wayBack?: readonly StackPlan[];
  /** Present when the destination stacks are instances of one StackSet (destinationStackSet). */
  readonly destinationStackSet?: DestinationStackSet;
}

export interface Synthesis {
  readonly manifest: Manifest;
  /** Template objects by file name. */
  readonly templates: ReadonlyMap<string, Template>;
  /** Things the user must do by hand, e.g. grant an existing key to the replication role. */
  readonly notes: readonly string[];
}

export const DESTINATION_TEMPLATE_FILE = 'destination.template.json';

/** Topology → stacks in deploy order (every destination, then the source) with their templates. */
export function synthesize(topology: Topology): Synthesis {
  const { source } = topology;
  const templates = new Map<string, Template>([[DESTINATION_TEMPLATE_FILE, buildDestinationTemplate()]]);
  const notes: string[] = [];
  const P = DESTINATION_PARAMETERS;

  const destinations: StackPlan[] = topology.destinations.map((d) => {
    if (d.key.kind === 'existing') notes.push(existingKeyNote(topology, d.id, d.region, d.bucketKey));
    const twoWay = d.twoWay ? twoWayDestination(topology, d, templates, notes) : undefined;
    return {
      name: d.stackName,
      kind: 'destination',
      account: d.account,
      region: d.region,
      template: twoWay?.template ?? DESTINATION_TEMPLATE_FILE,
      parameters: {
        ...twoWay?.parameters,
        [P.bucketName]: d.bucket,
        [P.kmsKeyArn]: d.key.kind === 'existing' ? d.key.arn : '',
        [P.sourceAccountId]: source.account,
        [P.replicationRoleName]: source.replicationRoleName,
        [P.bucketKeyEnabled]: String(d.bucketKey),
        [P.ownerTranslation]: String(d.ownerTranslation),
        [P.noncurrentVersionExpirationDays]: String(topology.noncurrentVersionExpirationDays ?? 0),
      },
      tags: d.tags,
    };
  });

  const topicNote = existingTopicNote(topology);
  if (topicNote) notes.push(topicNote);

  const sourceFile = `${source.stackName}.template.json`;
  templates.set(sourceFile, buildSourceTemplate(topology));
  const sourceParameters: Record<string, ParameterValue> = {
    [BOUNDARY_PARAMETER]: source.replicationBoundaryArn ?? '',
  };
  for (const d of topology.destinations) {
    const names = destinationParameterNames(d);
    sourceParameters[names.bucketArn] = { fromStack: d.stackName, output: DESTINATION_OUTPUTS.bucketArn };
    sourceParameters[names.kmsKeyArn] = { fromStack: d.stackName, output: DESTINATION_OUTPUTS.kmsKeyArn };
  }
  const sourceStack: StackPlan = {
    name: source.stackName,
    kind: 'source',
    account: source.account,
    region: source.region,
    template: sourceFile,
    parameters: sourceParameters,
    tags: source.tags,
  };

  return {
    manifest: {
      version: 1,
      topology: topology.name,
      stacks: [...destinations, sourceStack],
      ...wayBackPhase(topology, destinations),
      ...(topology.destinationStackSet ? { destinationStackSet: topology.destinationStackSet } : {}),
    },
    templates,
    notes,
  };
}

function existingKeyNote(topology: Topology, id: string, region: string, bucketKey: boolean): string {
  const roleArn = `arn:${topology.partition}:iam::${topology.source.account}:role/${topology.source.replicationRoleName}`;
  const actions = bucketKey
    ? [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS]
    : [...DESTINATION_KEY_ACTIONS];
  const statement = {
    Sid: 'AllowS3XreplReplicationRole',
    Effect: 'Allow',
    Principal: { AWS: `arn:${topology.partition}:iam::${topology.source.account}:root` },
    Action: actions,
    Resource: '*',
    Condition: {
      ArnEquals: { 'aws:PrincipalArn': roleArn },
      StringEquals: { 'kms:ViaService': viaService(region, topology.partition) },
    },
  };
  return (
    `destination "${id}" uses an existing key, whose policy this tool does not manage. ` +
    `Add this statement to that key's policy or replication will fail object by object:\n${JSON.stringify(statement, null, 2)}`
  );
}

/** One value, or both forms in aws-cn (see s3ViaServices). */
function viaService(region: string, partition: Partition): string | string[] {
  const forms = s3ViaServices(region, partition);
  return forms.length === 1 ? forms[0]! : forms;
}
