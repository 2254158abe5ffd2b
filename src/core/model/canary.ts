/**
 * The verify canary's names, shared by the templates (their lifecycle backstop) and the canary.
 * Canary objects live under a reserved path segment after the prefix of the rule that must carry
 * them, and carry a tag: a lifecycle filter cannot match "contains", so the backstop that expires
 * any canary a failed run left behind filters on the tag.
 */
export const CANARY_SEGMENT = '.s3-xrepl-canary';
export const CANARY_TAG = { key: 's3-xrepl:canary', value: 'true' } as const;
/** Days after which the lifecycle backstop expires canary objects and their noncurrent versions. */
export const CANARY_EXPIRY_DAYS = 1;
