import type { CallContext } from './context';

/** The name written into histories for a caller ("who"): the signed-in user, or none before accounts exist. */
export function actorOf(call: CallContext): string | null {
  return call.session?.userName ?? null;
}

/**
 * Whether the caller may see secret (mật) documents. Without a session (no accounts configured,
 * single-user desktop) everything is visible; with one, the role must grant documents.readSecret.
 */
export function canSeeSecret(call: CallContext): boolean {
  return call.session === null || call.session.permissions.has('documents.readSecret');
}
