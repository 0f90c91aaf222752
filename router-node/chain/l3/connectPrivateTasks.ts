import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { Logger } from "../../../chain/core/log/index.js";
import { StrataClient } from "../../../client/index.js";
import { RouterError, RouterErrorCode } from "../../errors.js";
import { x25519FromMnemonic } from "./accountX25519.js";
import { l3PortOverClient } from "./l3Port.js";
import { createPrivateTasks, type PrivateTasks } from "./privateTasks.js";

/** Options of {@link connectPrivateTasks} (the `--l3` flags of `strata router start`). */
export interface ConnectPrivateTasksOptions {
  /** An L3 node's RPC URL. */
  l3: string;
  /** The L3 chain id the router serves (checked against the node's). */
  chainId: string;
  /** The operator key's mnemonic (its X25519 key is derived from the account key). */
  mnemonic: string;
  hdPath?: string;
}

/**
 * Connects a router to its L3: a client with the operator's signer (the same account as on L2),
 * the router's X25519 key, and the private-task side. A router that is not (yet) on the allow-list
 * starts all the same and refuses private sessions with 403 until an admin allows it.
 * @throws RouterError(InvalidConfig) when the node is of another chain; (L2Unavailable) when it does not answer.
 */
export async function connectPrivateTasks(
  opts: ConnectPrivateTasksOptions,
  deps: { signer: OfflineSigner; logger: Logger },
): Promise<{ tasks: PrivateTasks; client: StrataClient }> {
  const [account] = await deps.signer.getAccounts();
  if (!account) throw new RouterError(RouterErrorCode.InvalidConfig, "the operator key holds no account");
  let client: StrataClient;
  try {
    client = await StrataClient.connect(opts.l3, { signer: deps.signer, broadcastPollIntervalMs: 100 });
  } catch (err) {
    throw new RouterError(
      RouterErrorCode.L2Unavailable,
      `cannot reach the L3 at ${opts.l3}: ${(err as Error).message}`,
    );
  }
  const actual = await client.stargate.getChainId();
  if (actual !== opts.chainId) {
    client.disconnect();
    throw new RouterError(
      RouterErrorCode.InvalidConfig,
      `--l3-chain-id ${opts.chainId} but the node at ${opts.l3} is of chain ${actual}`,
    );
  }
  const x25519 = await x25519FromMnemonic(opts.mnemonic, opts.hdPath);
  const tasks = createPrivateTasks(
    { router: account.address, x25519 },
    { port: l3PortOverClient(client, opts.chainId, account.address), logger: deps.logger },
  );
  try {
    await tasks.ensureAllowed();
    deps.logger.info("serving private sessions of L3", { chainId: opts.chainId, router: account.address });
  } catch (err) {
    deps.logger.warn(
      "not on the L3 allow-list: private sessions are refused until an admin allows this router",
      {
        chainId: opts.chainId,
        error: (err as Error).message,
      },
    );
  }
  return { tasks, client };
}
