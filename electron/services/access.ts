import type { CallContext } from './context';

/**
 * A call made by the machine's own administrator: the command line, or a test, without a session.
 * Whoever can run the CLI can read the database file directly, so a password would protect
 * nothing there (docs/SECURITY.md). The Electron and HTTP transports never produce such a call.
 */
export function isSystemCall(call: CallContext): boolean {
  return call.session === null && (call.transport === 'cli' || call.transport === 'test');
}

/** The name written into histories for a caller ("who"): the signed-in user, or none for system calls. */
export function actorOf(call: CallContext): string | null {
  return call.session?.userName ?? null;
}

/** Whether the caller may see secret (mật) documents: system calls, or a role granting documents.readSecret. */
export function canSeeSecret(call: CallContext): boolean {
  return isSystemCall(call) || call.session?.permissions.has('documents.readSecret') === true;
}
