import type { Destination } from '../model/topology.js';

/** Source-template parameters fed by one destination stack's outputs. */
export function destinationParameterNames(d: Pick<Destination, 'logicalId'>): {
  bucketArn: string;
  kmsKeyArn: string;
} {
  return { bucketArn: `${d.logicalId}BucketArn`, kmsKeyArn: `${d.logicalId}KmsKeyArn` };
}
