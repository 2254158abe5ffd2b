import { quote } from '../quote.js';

/**
 * What AWS accepts in tags, for the two kinds a config holds.
 *
 * Stack tags (`tags`, `source.tags`, `destinations[].tags`) are set on each CloudFormation stack,
 * which hands them to every resource it creates: the buckets (S3), the keys (KMS) and the
 * replication role (IAM). So each tag must pass every one of those services:
 * - CloudFormation `Tag`: key 1-128 characters, value 1-256 (an empty value is refused), at most
 *   50 per stack, `aws:` reserved (CloudFormation API Reference, "Tag"; User Guide, "Tags").
 * - IAM `Tag`: key `[\p{L}\p{Z}\p{N}_.:/=+\-@]+` of 1-128, value `[\p{L}\p{Z}\p{N}_.:/=+\-@]*` of
 *   0-256, at most 50 per role, and keys compared without case on roles: `Team` and `team` cannot
 *   both be set (IAM API Reference, "Tag"; IAM User Guide, "Tagging IAM resources").
 * - S3 and KMS: 1-128 / 0-256, at most 50 per bucket and per key; tags under `aws:` (CloudFormation
 *   adds three) do not count (AWS General Reference, "Tagging best practices: tag naming limits").
 *   KMS's CloudFormation reference lists a narrower value alphabet (no ":" or "@") that its API
 *   does not enforce; IAM's documented pattern is the one applied.
 * Keys under `aws:` are AWS's in any case; keys under `s3-xrepl:` are this product's own.
 *
 * Filter tags (`rules[].filter.tags`) match object tags: S3 `Tag`, key 1-128, value 0-256, in the
 * same alphabet, `aws:` reserved (Amazon S3 User Guide, "Categorizing your storage using tags"); a
 * tag outside them cannot be set on an object, so a filter on it could never match.
 */
export const TAG_CHARACTERS = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]';
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
/** Tags CloudFormation, IAM, S3 and KMS each allow on one stack, role, bucket or key. */
export const TAGS_PER_RESOURCE = 50;

const CHARACTER = new RegExp(`^${TAG_CHARACTERS}$`, 'u');
const ALPHABET = 'letters, digits, spaces and _ . : / = + - @';

/** Keys starting with "aws:", in any case: AWS's own, on every resource and object. */
export const AWS_TAG_KEY = '^(?![aA][wW][sS]:)';
/** Keys starting with "aws:" or "s3-xrepl:", in any case. */
export const RESERVED_TAG_KEY = `${AWS_TAG_KEY}(?![sS]3-[xX][rR][eE][pP][lL]:)`;

/** The first characters of `text` outside the tag alphabet, quoted, for a message. */
function outsideAlphabet(text: string): string | undefined {
  const bad = [...new Set([...text].filter((c) => !CHARACTER.test(c)))];
  if (bad.length === 0) return undefined;
  const shown = bad.slice(0, 5).map((c) => quote(c));
  return `${shown.join(', ')}${bad.length > 5 ? ', …' : ''}`;
}

/** Why the alphabet applies, for each kind of tag. */
const WHY = {
  stack: "IAM's rule for tags, and every stack tag reaches the replication role",
  filter: 'S3 accepts no other in object tags, so a filter on one could never match',
} as const;
export type TagKind = keyof typeof WHY;

/** Why a stack tag key is refused (the shape's pattern decides that it is). */
export function explainStackTagKey(key: string): string | undefined {
  if (/^aws:/i.test(key))
    return `tag key ${quote(key)} is not allowed: keys starting with "aws:" (in any case) are reserved for AWS.`;
  if (/^s3-xrepl:/i.test(key))
    return `tag key ${quote(key)} is not allowed: keys starting with "s3-xrepl:" (in any case) are the tags s3-xrepl sets itself, such as "s3-xrepl:managed" on the keys it creates.`;
  return explainTagKey(key, 'stack');
}

/** Why a filter tag key is refused. */
export function explainFilterTagKey(key: string): string | undefined {
  if (/^aws:/i.test(key))
    return `tag key ${quote(key)} is not allowed: keys starting with "aws:" (in any case) are reserved for AWS, so no object carries one to match.`;
  return explainTagKey(key, 'filter');
}

/** Why a tag key is refused: empty, too long, or a character outside the alphabet. */
export function explainTagKey(key: string, kind: TagKind): string | undefined {
  if (key === '') return 'a tag key must not be empty.';
  if (key.length > TAG_KEY_MAX)
    return `tag key ${quote(key)} has ${key.length} characters; AWS allows at most ${TAG_KEY_MAX}.`;
  const bad = outsideAlphabet(key);
  if (bad)
    return `tag key ${quote(key)} contains ${bad}: a tag key may hold only ${ALPHABET} (${WHY[kind]}).`;
  return undefined;
}

/** Why a stack tag value is refused. */
export function explainStackTagValue(value: string): string | undefined {
  if (value === '')
    return 'must not be empty: CloudFormation refuses a stack tag with an empty value. Write a placeholder such as "none", or remove the tag.';
  return explainTagValue(value, 'stack');
}

/** Why a tag value is refused: too long, or a character outside the alphabet. */
export function explainTagValue(value: string, kind: TagKind): string | undefined {
  if (value.length > TAG_VALUE_MAX)
    return `must be at most ${TAG_VALUE_MAX} characters long (it has ${value.length}).`;
  const bad = outsideAlphabet(value);
  if (bad) return `${quote(value)} contains ${bad}: a tag value may hold only ${ALPHABET} (${WHY[kind]}).`;
  return undefined;
}
