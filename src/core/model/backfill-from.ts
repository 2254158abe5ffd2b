/**
 * What backfill's `backfill-from` calls the source bucket: no two-way destination may take it as its
 * id. A module of its own because the backfill mode's input declaration needs it at start-up, where
 * names.ts (and the rest of the model) is not loaded.
 */
export const FROM_SOURCE = 'source';
