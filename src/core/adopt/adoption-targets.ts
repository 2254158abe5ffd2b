import type { Topology } from '../model/topology.js';
import type { Adoption } from '../model/adoption.js';
import type { Synthesis } from '../synth/synthesize.js';
import type { Json, Template } from '../templates/cfn.js';
import type { AdoptedIds } from './carry-kept.js';
import type { AdoptingTemplate, AdoptionReview } from './review-adoption.js';

/** One existing bucket the topology adopts, with the stack and template that will own it. */
export interface AdoptionTarget {
  /** "source" or the destination's id. */
  readonly place: string;
  /** Where `adopt:` is written, for messages: `source.adopt`, `destinations[1].adopt`. */
  readonly configPath: string;
  readonly stackName: string;
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  readonly ids: AdoptedIds;
  readonly adopt: Adoption;
  readonly template: Template;
  /** What the review compares the live bucket with. */
  readonly view: AdoptingTemplate;
}

/**
 * A target with what plan found on its live bucket: a review, or `adopted` when the bucket is in
 * its own stack already with the rest of the stack (from then on it is planned like any other).
 */
export type PlaceAdoption =
  | {
      readonly target: AdoptionTargetInfo;
      /** to-import: no stack owns the bucket yet. imported: an earlier run imported it into its own
       * stack and stopped before the update (a re-run continues with the update). */
      readonly status: 'to-import' | 'imported';
      readonly review: AdoptionReview;
    }
  | { readonly target: AdoptionTargetInfo; readonly status: 'adopted' };

export type AdoptionTargetInfo = Omit<AdoptionTarget, 'template' | 'view' | 'adopt'>;

export const SOURCE_IDS: AdoptedIds = { bucket: 'SourceBucket', policy: 'SourceBucketPolicy' };
export const DESTINATION_IDS: AdoptedIds = { bucket: 'ReplicaBucket', policy: 'ReplicaBucketPolicy' };

export function adoptionTargets(topology: Topology, synthesis: Synthesis): AdoptionTarget[] {
  const templateOf = (stackName: string): Template => {
    const stack = synthesis.manifest.stacks.find((s) => s.name === stackName);
    const template = stack ? synthesis.templates.get(stack.template) : undefined;
    if (!template) throw new Error(`internal: no template for ${stackName}`);
    return template;
  };
  const destinationBuckets = topology.destinations.map((d) => d.bucket);
  const target = (
    place: string,
    configPath: string,
    p: Topology['source'] | Topology['destinations'][number],
    ids: AdoptedIds,
  ): AdoptionTarget => {
    const template = templateOf(p.stackName);
    const policy = ids.policy ? template.Resources[ids.policy] : undefined;
    const document = policy?.Properties.PolicyDocument as { Statement?: readonly Json[] } | undefined;
    return {
      place,
      configPath,
      stackName: p.stackName,
      account: p.account,
      region: p.region,
      bucket: p.bucket,
      ids,
      adopt: p.adopt!,
      template,
      view: {
        bucket: template.Resources[ids.bucket]!.Properties,
        ...(document?.Statement ? { policyStatements: document.Statement } : {}),
        destinationBuckets,
      },
    };
  };
  return [
    ...(topology.source.adopt ? [target('source', 'source.adopt', topology.source, SOURCE_IDS)] : []),
    ...topology.destinations.flatMap((d, i) =>
      d.adopt ? [target(d.id, `destinations[${i}].adopt`, d, DESTINATION_IDS)] : [],
    ),
  ];
}
