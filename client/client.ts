/**
 * `StrataClient` (also exported as `StrataL2Client`, its earlier name): an unmodified cosmjs
 * `SigningStargateClient` (with the strata registry) and a `QueryClient` with the strata query
 * extensions over one CometBFT connection, plus `submit`, which reports a refused transaction
 * with the chain's codespace, code and log at any stage. It talks to a node of either layer: the
 * registry holds every strata message, and each query extension is a path the node answers or
 * refuses (an L1 node answers `rollup` and `bridge`, an L2 node the marketplace and `l2bridge`).
 */
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { fromHex, toHex } from "@cosmjs/encoding";
import { type EncodeObject, encodePubkey, type OfflineSigner, type Registry } from "@cosmjs/proto-signing";
import {
  type AuthExtension,
  type BankExtension,
  BroadcastTxError,
  calculateFee,
  type Event,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  StargateClient,
  type StdFee,
  setupAuthExtension,
  setupBankExtension,
} from "@cosmjs/stargate";
import { type CometClient, connectComet } from "@cosmjs/tendermint-rpc";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AuthInfo, Fee, Tx, TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { ClientError, ClientErrorCode, TxRefusedError } from "./errors.js";
import {
  type BridgeExtension,
  type L2BridgeExtension,
  type ModelsExtension,
  type NodesExtension,
  type RollupExtension,
  type ScoresExtension,
  type SessionsExtension,
  type SettlementExtension,
  setupBridgeExtension,
  setupL2BridgeExtension,
  setupModelsExtension,
  setupNodesExtension,
  setupRollupExtension,
  setupScoresExtension,
  setupSessionsExtension,
  setupSettlementExtension,
  setupTasksExtension,
  type TasksExtension,
} from "./queries/index.js";
import { createStrataRegistry, decodeStrataMsgResponse } from "./registry.js";
import { fetchTaskReport, type TaskReport } from "./taskReport.js";

/** The gas price strata nodes accept by default (`minGasPrices` of `strata init`). */
export const DEFAULT_GAS_PRICE = "0.0025ustra";

/** Gas limit = simulated gas × this, as cosmjs does for `"auto"`. */
export const GAS_ADJUSTMENT = 1.4;

/**
 * A `QueryClient` with auth, bank and every strata query extension: the L2 modules' and
 * `l2bridge` (answered by an L2 node), `rollup` and `bridge` (answered by an L1 node).
 */
export type StrataQueryClient = QueryClient &
  AuthExtension &
  BankExtension &
  ModelsExtension &
  NodesExtension &
  SessionsExtension &
  TasksExtension &
  ScoresExtension &
  SettlementExtension &
  L2BridgeExtension &
  RollupExtension &
  BridgeExtension;

/** Options of {@link connectStrata} (and {@link connectStrataL2}). */
export interface ConnectStrataL2Options {
  /** Signs transactions; without it the client only queries. */
  signer?: OfflineSigner;
  /** Gas price for automatic fees (default {@link DEFAULT_GAS_PRICE}). */
  gasPrice?: GasPrice | string;
  /** How often to poll for a broadcast tx's inclusion (cosmjs default 3 s; strata blocks are faster). */
  broadcastPollIntervalMs?: number;
  /** How long to wait for inclusion. */
  broadcastTimeoutMs?: number;
}

/** A committed, successful transaction. */
export interface TxOutcome {
  txhash: string;
  height: number;
  gasUsed: bigint;
  gasWanted: bigint;
  events: readonly Event[];
  /** Each message's response, decoded (e.g. `{ id, expiresHeight }` of `MsgOpenSession`). */
  responses: Record<string, unknown>[];
}

/** Options of {@link StrataL2Client.submit}. */
export interface SubmitOptions {
  /** An explicit fee, or `"auto"` (default): simulate and pay `gasPrice` × simulated gas × 1.4. */
  fee?: StdFee | "auto";
  memo?: string;
}

/**
 * A `QueryClient` on `comet` with the auth, bank and every strata query extension (what
 * {@link StrataL2Client.query} is), for callers that manage their own CometBFT client.
 */
export function createStrataQueryClient(comet: CometClient): StrataQueryClient {
  return QueryClient.withExtensions(
    comet,
    setupAuthExtension,
    setupBankExtension,
    setupModelsExtension,
    setupNodesExtension,
    setupSessionsExtension,
    setupTasksExtension,
    setupScoresExtension,
    setupSettlementExtension,
    setupL2BridgeExtension,
    setupRollupExtension,
    setupBridgeExtension,
  );
}

/** Options of {@link connectStrata}: the same as {@link ConnectStrataL2Options}. */
export type ConnectStrataOptions = ConnectStrataL2Options;

/**
 * A connection to a strata node of either layer (L1 or L2): queries, and transactions when
 * created with a signer.
 */
export class StrataClient {
  /** Every strata query (`client.query.models.model(id)`, `client.query.bank.balance(…)`, …). */
  readonly query: StrataQueryClient;
  /** The registry used to encode messages ({@link createStrataRegistry}). */
  readonly registry: Registry;
  /** Gas price of automatic fees. */
  readonly gasPrice: GasPrice;

  private constructor(
    /** The node's RPC URL. */
    readonly rpcUrl: string,
    /** The CometBFT RPC client (shared by the query and stargate clients). */
    readonly comet: CometClient,
    /** The unmodified cosmjs client: `SigningStargateClient` when created with a signer. */
    readonly stargate: StargateClient,
    private readonly signer: OfflineSigner | undefined,
    gasPrice: GasPrice,
  ) {
    this.query = createStrataQueryClient(comet);
    this.registry = stargate instanceof SigningStargateClient ? stargate.registry : createStrataRegistry();
    this.gasPrice = gasPrice;
  }

  /**
   * Connects to a node's RPC URL (L1 or L2).
   * @throws ClientError(nodeUnreachable) naming the URL when the node does not answer.
   */
  static async connect(rpcUrl: string, opts: ConnectStrataL2Options = {}): Promise<StrataClient> {
    let comet: CometClient;
    try {
      comet = await connectComet(rpcUrl);
    } catch (err) {
      throw new ClientError(
        ClientErrorCode.nodeUnreachable,
        `cannot reach node at ${rpcUrl}: ${(err as Error).message}`,
        { url: rpcUrl },
      );
    }
    const gasPrice =
      typeof opts.gasPrice === "string"
        ? GasPrice.fromString(opts.gasPrice)
        : (opts.gasPrice ?? GasPrice.fromString(DEFAULT_GAS_PRICE));
    const stargate = opts.signer
      ? SigningStargateClient.createWithSigner(comet, opts.signer, {
          registry: createStrataRegistry(),
          gasPrice,
          ...(opts.broadcastPollIntervalMs !== undefined
            ? { broadcastPollIntervalMs: opts.broadcastPollIntervalMs }
            : {}),
          ...(opts.broadcastTimeoutMs !== undefined ? { broadcastTimeoutMs: opts.broadcastTimeoutMs } : {}),
        })
      : StargateClient.create(comet);
    return new StrataClient(rpcUrl, comet, stargate, opts.signer, gasPrice);
  }

  /**
   * The signing cosmjs client.
   * @throws ClientError(noSigner) when connected without a signer.
   */
  get signing(): SigningStargateClient {
    if (!(this.stargate instanceof SigningStargateClient))
      throw new ClientError(ClientErrorCode.noSigner, "this client was connected without a signer");
    return this.stargate;
  }

  /**
   * Simulates `messages` signed by `signerAddress` and returns the gas used.
   * @throws TxRefusedError (stage `simulate`) with the chain's codespace, code and log when a
   *   message is refused; ClientError for an unknown signer or an account not on chain.
   */
  async simulate(signerAddress: string, messages: readonly EncodeObject[], memo = ""): Promise<number> {
    if (!this.signer)
      throw new ClientError(ClientErrorCode.noSigner, "this client was connected without a signer");
    const account = (await this.signer.getAccounts()).find((a) => a.address === signerAddress);
    if (!account)
      throw new ClientError(ClientErrorCode.unknownSigner, `the signer holds no key for ${signerAddress}`);
    const onChain = await this.stargate.getAccount(signerAddress);
    if (!onChain)
      throw new ClientError(
        ClientErrorCode.accountNotFound,
        `account ${signerAddress} does not exist on chain yet: fund it first`,
      );
    // The same unsigned tx cosmjs's `simulate` builds; sent through the comet client directly so
    // a refusal keeps its codespace (cosmjs's QueryClient reports only the code and log).
    const tx = Tx.fromPartial({
      authInfo: AuthInfo.fromPartial({
        fee: Fee.fromPartial({}),
        signerInfos: [
          {
            publicKey: encodePubkey(encodeSecp256k1Pubkey(account.pubkey)),
            sequence: BigInt(onChain.sequence),
            modeInfo: { single: { mode: SignMode.SIGN_MODE_UNSPECIFIED } },
          },
        ],
      }),
      body: TxBody.fromPartial({ messages: messages.map((m) => this.registry.encodeAsAny(m)), memo }),
      signatures: [new Uint8Array()],
    });
    const res = await this.comet.abciQuery({
      path: "/cosmos.tx.v1beta1.Service/Simulate",
      data: SimulateRequest.encode(SimulateRequest.fromPartial({ txBytes: Tx.encode(tx).finish() })).finish(),
    });
    if (res.code)
      throw new TxRefusedError({
        codespace: res.codespace ?? "",
        code: res.code,
        log: res.log ?? "",
        stage: "simulate",
      });
    return Number(SimulateResponse.decode(res.value).gasInfo?.gasUsed ?? 0n);
  }

  // The node's `tx` answer for a committed hash. cosmjs found the tx by search a moment ago, so a
  // failure here is transient (a connection reset, a busy node): a few bounded retries, then give
  // up and report the refusal without its codespace rather than hang.
  private async committedTx(hashHex: string) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const found = await this.comet.tx({ hash: fromHex(hashHex) }).catch(() => undefined);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return undefined;
  }

  /**
   * Signs, broadcasts and waits for `messages`; returns the committed result.
   * @throws TxRefusedError with the chain's codespace, code and log when the transaction is refused
   *   in simulation, at mempool admission or in its block (then with its hash and height).
   */
  async submit(
    signerAddress: string,
    messages: readonly EncodeObject[],
    opts: SubmitOptions = {},
  ): Promise<TxOutcome> {
    const memo = opts.memo ?? "";
    const fee =
      opts.fee && opts.fee !== "auto"
        ? opts.fee
        : calculateFee(
            Math.ceil((await this.simulate(signerAddress, messages, memo)) * GAS_ADJUSTMENT),
            this.gasPrice,
          );
    let r: Awaited<ReturnType<SigningStargateClient["signAndBroadcast"]>>;
    try {
      r = await this.signing.signAndBroadcast(signerAddress, [...messages], fee, memo);
    } catch (err) {
      if (err instanceof BroadcastTxError)
        throw new TxRefusedError({
          codespace: err.codespace,
          code: err.code,
          log: err.log ?? "",
          stage: "check",
        });
      throw err;
    }
    if (r.code !== 0) {
      // DeliverTxResponse has no codespace; the node's `tx` answer does.
      const committed = await this.committedTx(r.transactionHash);
      throw new TxRefusedError({
        codespace: committed?.result.codespace ?? "",
        code: r.code,
        log: committed?.result.log ?? r.rawLog ?? "",
        stage: "deliver",
        txhash: r.transactionHash,
        height: r.height,
      });
    }
    return {
      txhash: r.transactionHash,
      height: r.height,
      gasUsed: r.gasUsed,
      gasWanted: r.gasWanted,
      events: r.events,
      responses: r.msgResponses.map(
        (m) => decodeStrataMsgResponse(m) ?? { typeUrl: m.typeUrl, value: toHex(m.value) },
      ),
    };
  }

  /** A task with its receipts, reveals, scores, verdict, payments and slashes; null for an unknown id. */
  taskReport(id: string): Promise<TaskReport | null> {
    return fetchTaskReport(this.query, id);
  }

  /** Closes the connection. */
  disconnect(): void {
    this.stargate.disconnect();
  }
}

/** The earlier name of {@link StrataClient} (an L2 connection is a `StrataClient` on an L2 node). */
export const StrataL2Client = StrataClient;
/** The earlier name of {@link StrataClient}. */
export type StrataL2Client = StrataClient;

/**
 * Connects to a node of either layer: `connectStrata(url, { signer })` for transactions and
 * queries, `connectStrata(url)` for queries only.
 * @throws ClientError(nodeUnreachable) naming the URL when the node does not answer.
 */
export function connectStrata(rpcUrl: string, opts: ConnectStrataOptions = {}): Promise<StrataClient> {
  return StrataClient.connect(rpcUrl, opts);
}

/**
 * Connects to an L2 node: `connectStrataL2(url, { signer })` for transactions and queries,
 * `connectStrataL2(url)` for queries only (the same as {@link connectStrata}).
 * @throws ClientError(nodeUnreachable) naming the URL when the node does not answer.
 */
export function connectStrataL2(rpcUrl: string, opts: ConnectStrataL2Options = {}): Promise<StrataClient> {
  return StrataClient.connect(rpcUrl, opts);
}
