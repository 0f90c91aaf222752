/**
 * The L3 rule a router applies to a session before serving it (pure): a private session
 * (`l3_chain_id` set) is served only by a router started with `--l3` for that chain; a router
 * started with `--l3` serves public sessions as any router does.
 */
import { RouterError, RouterErrorCode } from "../../errors.js";

/**
 * Whether this router may serve a session, given the L3 chain it serves privately (or none).
 * 1. [REJECT] a private session at a router without `--l3` → 403.
 * 2. [REJECT] a private session of another L3 → 403.
 * @returns null when the session may go on, else the error to answer with.
 */
export function checkPrivateSession(
  session: { id: number; l3ChainId?: string | null },
  routerL3ChainId: string | null,
): RouterError | null {
  if (!session.l3ChainId) return null;
  if (routerL3ChainId === null)
    return new RouterError(
      RouterErrorCode.PermissionDenied,
      `session ${session.id} is private to L3 chain ${session.l3ChainId}; this router serves no L3`,
    );
  if (session.l3ChainId !== routerL3ChainId)
    return new RouterError(
      RouterErrorCode.PermissionDenied,
      `session ${session.id} is private to L3 chain ${session.l3ChainId}; this router serves ${routerL3ChainId}`,
    );
  return null;
}
