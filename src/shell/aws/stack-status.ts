/**
 * Every decision about a CloudFormation stack status, in one place. Statuses are grouped by what
 * the deployer may do next, not by name patterns scattered through the code.
 */
export type StackState =
  | { readonly kind: 'absent' }
  /** Created by a change set that was never executed: deploy treats it as new. */
  | { readonly kind: 'review' }
  | { readonly kind: 'ready'; readonly status: string }
  /** First creation failed and rolled back: only delete-and-recreate can fix it. */
  | { readonly kind: 'failed-create'; readonly status: string }
  /** Needs a human (continue-update-rollback, or a failed delete). */
  | { readonly kind: 'stuck'; readonly status: string }
  | { readonly kind: 'busy'; readonly status: string }
  | { readonly kind: 'deleted' };

const READY = new Set([
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
]);
const FAILED_CREATE = new Set(['ROLLBACK_COMPLETE', 'ROLLBACK_FAILED', 'CREATE_FAILED']);
const STUCK = new Set(['UPDATE_ROLLBACK_FAILED', 'DELETE_FAILED', 'IMPORT_ROLLBACK_FAILED']);

export function stackState(status: string | undefined): StackState {
  if (status === undefined) return { kind: 'absent' };
  if (status === 'REVIEW_IN_PROGRESS') return { kind: 'review' };
  if (status === 'DELETE_COMPLETE') return { kind: 'deleted' };
  if (READY.has(status)) return { kind: 'ready', status };
  if (FAILED_CREATE.has(status)) return { kind: 'failed-create', status };
  if (STUCK.has(status)) return { kind: 'stuck', status };
  return { kind: 'busy', status };
}

/** A state as words for a message: its status, or what it is when it has none. */
export const stateText = (state: StackState): string => ('status' in state ? state.status : state.kind);

export const isInProgress = (status: string): boolean => status.endsWith('_IN_PROGRESS');

/** The operation that just ran succeeded. Rollbacks and failures are not success. */
export const isSuccessfulEnd = (status: string): boolean =>
  status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE';

/** Statuses of a resource event that explain a failure. */
export const isFailedResourceStatus = (status: string | undefined): boolean =>
  status !== undefined && status.endsWith('_FAILED');
