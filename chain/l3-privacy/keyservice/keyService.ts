import { strata } from "../../../proto/gen/strata.js";
import { errorMessage } from "../../core/errors/index.js";
import type { Logger } from "../../core/log/index.js";
import { resealShareForRecipient, type SealedBox } from "../crypto/index.js";

/** What the key service needs of the chain (the CLI wires it to a node through the strata client). */
export interface KeyServicePort {
  /** PENDING and FULFILLED requests are both answered until every custodian has (a recipient may skip a bad share). */
  rewraps(): Promise<strata.l3.v1.RewrapRequest[]>;
  epoch(n: number): Promise<strata.l3.v1.Epoch>;
  /** Sends `MsgSubmitRewrapShare`; resolves once committed. */
  submitShare(requestId: number, sealed: SealedBox): Promise<void>;
}

/** Options of {@link createKeyService}. */
export interface KeyServiceOptions {
  chainId: string;
  /** The custodian's (validator operator's) address. */
  custodian: string;
  /** The custodian's X25519 secret key (from its home, 0600). */
  custodySecretKey: Uint8Array;
}

/**
 * A validator's key service (RULES.md, "Epoch key generation and custody", step 4): answers every
 * open re-wrap request it has not answered with its own share re-sealed to the recipient. The
 * share is opened in memory only, never written anywhere. Stateless between ticks: after a
 * restart it reads what it already answered from the chain.
 */
export function createKeyService(opts: KeyServiceOptions, deps: { port: KeyServicePort; logger: Logger }) {
  const { port, logger } = deps;
  const failed = new Map<number, number>();
  return {
    /**
     * Answers the open requests once; returns how many it answered. A request it cannot answer
     * (e.g. its share of that epoch does not open) is logged and skipped, never fatal.
     */
    async tick(): Promise<number> {
      let answered = 0;
      for (const req of await port.rewraps()) {
        if (req.status === strata.l3.v1.RewrapStatus.REWRAP_STATUS_CANCELLED) continue;
        if (req.shares.some((s) => s.custodian === opts.custodian)) continue;
        // A request whose share does not open three times is left alone until a restart (logged each time).
        if ((failed.get(Number(req.id)) ?? 0) >= 3) continue;
        try {
          const epoch = await port.epoch(Number(req.epoch));
          const sealed = resealShareForRecipient({
            custodianSecretKey: opts.custodySecretKey,
            custodian: opts.custodian,
            chainId: opts.chainId,
            epoch,
            request: {
              id: req.id,
              recipient: req.recipient,
              recipientX25519PublicKey: req.recipientX25519PublicKey,
            },
          });
          await port.submitShare(Number(req.id), sealed);
          answered++;
          logger.info("answered re-wrap request", {
            id: Number(req.id),
            epoch: Number(req.epoch),
            recipient: req.recipient,
          });
        } catch (err) {
          failed.set(Number(req.id), (failed.get(Number(req.id)) ?? 0) + 1);
          logger.warn("re-wrap request not answered", { id: Number(req.id), error: errorMessage(err) });
        }
      }
      return answered;
    },
  };
}

/** The key service's type. */
export type KeyService = ReturnType<typeof createKeyService>;
