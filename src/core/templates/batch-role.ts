import type { Topology } from '../model/topology.js';
import { NO_VALUE, fnIf, ref, sub, type Resource } from './cfn.js';
import { policyDocument } from './policy.js';
import { BATCH_REPORT_PREFIX } from './product-scope.js';
import { BATCH_BUCKET_ACTIONS, BATCH_OBJECT_ACTIONS, BATCH_REPORT_ACTIONS } from './replication-boundary.js';
import { BOUNDARY_PARAMETER, HAS_BOUNDARY } from './replication-role.js';

/** The service principal S3 Batch Operations assumes roles as. */
export const BATCH_OPERATIONS_SERVICE = 'batchoperations.s3.amazonaws.com';

/** Where, under BATCH_REPORT_PREFIX of the source bucket, S3 writes the generated manifests and the reports. */
export const BATCH_MANIFEST_PREFIX = `${BATCH_REPORT_PREFIX}/manifests`;
export const BATCH_COMPLETION_PREFIX = `${BATCH_REPORT_PREFIX}/reports`;

/**
 * The role S3 Batch Operations assumes to backfill (DESIGN.md §5, AWS's "Configuring IAM policies for
 * Batch Replication", S3-generated manifest): trusted by Batch Operations acting for the source
 * account only; it may start replication of the source bucket's objects, read the replication
 * configuration and list the bucket (PutInventoryConfiguration, which the manifest generator uses),
 * and read and write under the product's own prefix (the manifest it generates, the completion
 * report). The copying itself is done by S3 as the replication role, as for live replication. It
 * carries the replication boundary, like every role the execution role creates.
 */
export function batchRoleResource(topology: Topology): Resource {
  const { source } = topology;
  const bucket = `arn:\${AWS::Partition}:s3:::${source.bucket}`;
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: source.batchRoleName,
      Description: `s3-xrepl: backfills ${source.bucket} with S3 Batch Replication (topology ${topology.name})`,
      AssumeRolePolicyDocument: policyDocument([
        {
          Sid: 'BatchOperationsForThisAccountOnly',
          Effect: 'Allow',
          Principal: { Service: BATCH_OPERATIONS_SERVICE },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': source.account } },
        },
      ]),
      Policies: [
        {
          PolicyName: 'batch-replication',
          PolicyDocument: policyDocument([
            {
              Sid: 'InitiateReplicationOfSourceObjects',
              Effect: 'Allow',
              Action: [...BATCH_OBJECT_ACTIONS],
              Resource: sub(`${bucket}/*`),
            },
            {
              Sid: 'GenerateTheManifestFromTheSource',
              Effect: 'Allow',
              // The generator reads the rules to know what is eligible; it lists through the inventory.
              Action: ['s3:GetReplicationConfiguration', ...BATCH_BUCKET_ACTIONS],
              Resource: sub(bucket),
            },
            {
              Sid: 'ManifestAndReportUnderTheProductPrefix',
              Effect: 'Allow',
              Action: [...BATCH_REPORT_ACTIONS],
              Resource: sub(`${bucket}/${BATCH_REPORT_PREFIX}/*`),
            },
          ]),
        },
      ],
      // The bootstrap's execution role creates roles only with this boundary (DESIGN.md §4).
      PermissionsBoundary: fnIf(HAS_BOUNDARY, ref(BOUNDARY_PARAMETER), NO_VALUE),
    },
  };
}
