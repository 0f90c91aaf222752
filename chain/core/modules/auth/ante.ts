import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import type { AnteHandler } from "../../app/app.js";
import { type Coin, formatCoins, parseCoins } from "../../app/coins.js";
import type { Context } from "../../app/context.js";
import { SdkCode, SdkError } from "../../app/errors.js";
import { GAS } from "../../app/gas.js";
import { secp256k1AddressBytes, sha256, toAddress, verifySecp256k1 } from "../../crypto/index.js";
import { type DecodedTx, directSignBytes } from "../../tx/index.js";
import { SECP256K1_PUBKEY } from "./account.js";
import type { FeeBankKeeper } from "./expectedKeepers.js";
import type { AuthKeeper } from "./keeper.js";

/** Name of the module account that collects fees. */
export const FEE_COLLECTOR = "fee_collector";

/** A minimum gas price per denom: `amount` units of `denom` per gas, as a decimal. */
export interface GasPrice {
  denom: string;
  /** Price per unit of gas as a fraction `num/den` (exact, no floats). */
  num: bigint;
  den: bigint;
}

/** The keepers the ante chain runs on: auth's own and the bank that charges the fee. */
export interface AnteKeepers {
  accounts: AuthKeeper;
  bank: FeeBankKeeper;
}

/** Options of {@link runAnte}. */
export interface AnteOptions {
  /** Node-local minimum gas prices, checked in CheckTx only (as the SDK does). */
  minGasPrices: GasPrice[];
  /** Signers of the messages, in order of first appearance. */
  signers: string[];
  /** Verified signatures by sha256(sign bytes ‖ pubkey); lets DeliverTx skip what CheckTx verified. */
  sigCache?: Set<string>;
}

/**
 * The ante chain of a transaction, in the Cosmos SDK's order: basic checks, memo, tx-size gas,
 * fee check and deduction, public keys, signature count, signature gas, signature verification,
 * sequence increment. Runs in its own store branch: on success it is written even if the
 * messages fail, so a failed tx still pays its fee and bumps its sequence.
 * @throws SdkError with the SDK's code for the first violated rule.
 */
export function runAnte(ctx: Context, tx: DecodedTx, keepers: AnteKeepers, opts: AnteOptions): void {
  const { accounts, bank } = keepers;
  const params = accounts.getParams(ctx);
  const { authInfo, body } = tx;
  const fee = authInfo.fee;
  // [REJECT] a tx must carry a fee with a positive gas limit
  // (cosmjs simulates with an empty fee, so simulation skips this rule)
  if (ctx.mode !== "simulate" && (!fee || fee.gasLimit === 0n))
    throw new SdkError(SdkCode.invalidRequest, "invalid gas supplied; must be greater than 0");
  // [REJECT] one signature per signer info, one signer info per required signer
  if (tx.signatures.length === 0) throw new SdkError(SdkCode.noSignatures, "");
  if (tx.signatures.length !== authInfo.signerInfos.length || tx.signatures.length !== opts.signers.length) {
    throw new SdkError(
      SdkCode.unauthorized,
      `wrong number of signers; expected ${opts.signers.length}, got ${tx.signatures.length}`,
    );
  }
  // [REJECT] too many signatures
  if (BigInt(tx.signatures.length) > params.txSigLimit) {
    throw new SdkError(
      SdkCode.tooManySignatures,
      `signatures: ${tx.signatures.length}, limit: ${params.txSigLimit}`,
    );
  }
  // [REJECT] memo longer than the auth param, counted in UTF-8 bytes as the SDK's `len(memo)`
  const memoLength = Buffer.byteLength(body.memo, "utf8");
  if (BigInt(memoLength) > params.maxMemoCharacters) {
    throw new SdkError(
      SdkCode.memoTooLarge,
      `maximum number of characters is ${params.maxMemoCharacters} but received ${memoLength} characters`,
    );
  }
  // [REJECT] tx past its timeout height
  if (body.timeoutHeight > 0n && BigInt(ctx.block.height) > body.timeoutHeight) {
    throw new SdkError(
      SdkCode.txTimeoutHeight,
      `block height: ${ctx.block.height}, timeout height: ${body.timeoutHeight}`,
    );
  }
  // [REJECT] extension options are not supported
  if (body.extensionOptions.length > 0 || body.nonCriticalExtensionOptions.length > 0) {
    throw new SdkError(SdkCode.unknownExtensionOptions, "tx extension options are not supported");
  }

  ctx.gas.consume(params.txSizeCostPerByte * BigInt(tx.bytes.length), "txSize");

  const feeCoins = parseCoins(fee?.amount ?? [], { allowEmpty: true });
  if (ctx.mode === "check") assertMinGasPrice(feeCoins, fee?.gasLimit ?? 0n, opts.minGasPrices);
  // The first signer pays unless the tx names a payer that is also a signer.
  const payer = fee?.payer || opts.signers[0]!;
  // [REJECT] a named fee payer must sign the tx
  if (!opts.signers.includes(payer))
    throw new SdkError(SdkCode.unauthorized, `fee payer ${payer} is not a signer`);
  if (!accounts.getAccount(ctx, payer)) {
    throw new SdkError(SdkCode.unknownAddress, `fee payer address: ${payer} does not exist`);
  }
  // Clients simulate with an empty fee; the simulation still performs a (zero) fee transfer so
  // its gas estimate covers the fee deduction DeliverTx will do.
  const charged =
    feeCoins.length === 0 && ctx.mode === "simulate" && opts.minGasPrices[0]
      ? [{ denom: opts.minGasPrices[0].denom, amount: 0n }]
      : feeCoins;
  if (charged.length > 0) {
    try {
      bank.sendToModule(ctx, payer, FEE_COLLECTOR, charged);
    } catch (err) {
      if (err instanceof SdkError && err.code === SdkCode.insufficientFunds) {
        throw new SdkError(
          SdkCode.insufficientFunds,
          `${err.message.replace(/: insufficient funds$/, "")}; insufficient funds to pay fees`,
        );
      }
      throw err;
    }
  }
  ctx.events.emit("tx", { fee: formatCoins(feeCoins), fee_payer: payer });

  opts.signers.forEach((signer, i) => {
    const info = authInfo.signerInfos[i]!;
    const acc = accounts.getAccount(ctx, signer);
    // [REJECT] the signer's account must exist (it is created by a first incoming transfer)
    if (!acc) throw new SdkError(SdkCode.unknownAddress, `account ${signer} does not exist`);
    let pubKey = acc.pubKey;
    if (info.publicKey) {
      // [REJECT] only secp256k1 account keys
      if (info.publicKey.typeUrl !== SECP256K1_PUBKEY) {
        throw new SdkError(SdkCode.invalidPubKey, `unsupported public key type ${info.publicKey.typeUrl}`);
      }
      const key = info.publicKey.value.subarray(2);
      // [REJECT] the key must hash to the signer's address
      if (
        info.publicKey.value[0] !== 0x0a ||
        key.length !== 33 ||
        toAddress(secp256k1AddressBytes(key)) !== signer
      ) {
        throw new SdkError(
          SdkCode.invalidPubKey,
          `pubKey does not match signer address ${signer} with signer index: ${i}`,
        );
      }
      if (pubKey && Buffer.compare(pubKey, key) !== 0) {
        throw new SdkError(SdkCode.invalidPubKey, `pubKey does not match the key stored for ${signer}`);
      }
      pubKey = key;
    }
    // [REJECT] the first tx of an account must carry its public key
    if (!pubKey) throw new SdkError(SdkCode.invalidPubKey, `pubkey on account ${signer} is not set`);
    ctx.gas.consume(params.sigVerifyCostSecp256k1 || GAS.secp256k1Verify, "ante verify: secp256k1");

    // [REJECT] only SIGN_MODE_DIRECT single signatures
    const mode = info.modeInfo?.single?.mode;
    if (ctx.mode !== "simulate" && mode !== SignMode.SIGN_MODE_DIRECT) {
      throw new SdkError(
        SdkCode.notSupported,
        `signature mode ${mode ?? "multi"} is not supported; use SIGN_MODE_DIRECT`,
      );
    }
    // [REJECT] the sequence must equal the account's next sequence (no replay, no gaps)
    if (info.sequence !== acc.sequence) {
      throw new SdkError(
        SdkCode.wrongSequence,
        `account sequence mismatch, expected ${acc.sequence}, got ${info.sequence}`,
      );
    }
    if (ctx.mode !== "simulate") {
      const signBytes = directSignBytes(tx.bodyBytes, tx.authInfoBytes, ctx.block.chainId, acc.accountNumber);
      const digest = sha256(signBytes);
      const cacheKey = opts.sigCache
        ? Buffer.concat([digest, pubKey, tx.signatures[i]!]).toString("base64")
        : "";
      if (!opts.sigCache?.has(cacheKey)) {
        // [REJECT] the signature must verify (low-S only) over the SignDoc built with this chain's id
        if (!verifySecp256k1(tx.signatures[i]!, digest, pubKey)) {
          throw new SdkError(
            SdkCode.unauthorized,
            `signature verification failed; please verify account number (${acc.accountNumber}) and chain-id (${ctx.block.chainId})`,
          );
        }
        opts.sigCache?.add(cacheKey);
      }
    }
    acc.pubKey = pubKey;
    ctx.events.emit("tx", { acc_seq: `${signer}/${acc.sequence}` });
    acc.sequence += 1n;
    accounts.setAccount(ctx, acc);
    ctx.events.emit("tx", { signature: Buffer.from(tx.signatures[i]!).toString("base64") });
  });
}

/**
 * The app's ante handler over `keepers`, with the node's minimum gas prices (CheckTx only).
 * @see runAnte
 */
export function createAnteHandler(keepers: AnteKeepers, opts: { minGasPrices: GasPrice[] }): AnteHandler {
  const minGasPrices = opts.minGasPrices;
  return (ctx, tx, signers, sigCache) => runAnte(ctx, tx, keepers, { minGasPrices, signers, sigCache });
}

/**
 * Checks that the fee pays at least the node's minimum gas price in one of its denoms.
 * @throws SdkError(insufficientFee) naming the required fee.
 */
export function assertMinGasPrice(fee: readonly Coin[], gasLimit: bigint, prices: readonly GasPrice[]): void {
  if (prices.length === 0) return;
  const required = prices.map((p) => ({ denom: p.denom, amount: ceilDiv(p.num * gasLimit, p.den) }));
  if (required.every((r) => r.amount === 0n)) return;
  const ok = required.some((r) => (fee.find((c) => c.denom === r.denom)?.amount ?? 0n) >= r.amount);
  // [REJECT] fee below the node's minimum gas price
  if (!ok) {
    throw new SdkError(
      SdkCode.insufficientFee,
      `insufficient fees; got: ${formatCoins(fee) || "0"} required: ${formatCoins(required)}`,
    );
  }
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * Parses `0.025ustra,1uatom` into exact gas prices.
 * @throws SdkError(invalidCoins) on a malformed price.
 */
export function parseGasPrices(text: string): GasPrice[] {
  if (!text.trim()) return [];
  return text.split(",").map((part) => {
    const m = /^([0-9]+)(?:\.([0-9]+))?([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (!m) throw new SdkError(SdkCode.invalidCoins, `invalid gas price ${JSON.stringify(part)}`);
    const frac = m[2] ?? "";
    return { denom: m[3]!, num: BigInt(m[1]! + frac), den: 10n ** BigInt(frac.length) };
  });
}
