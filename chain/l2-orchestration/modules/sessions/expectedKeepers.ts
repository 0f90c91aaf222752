import type { strata } from "../../../../proto/gen/strata.js";
import type { Coin } from "../../../core/app/coins.js";
import type { Context, StoreSource } from "../../../core/app/context.js";

/** What sessions needs of the bank keeper (escrow in and out of the `sessions` module account). */
export interface BankKeeper {
  getBalance(ctx: StoreSource, address: string, denom: string): bigint;
  /** @throws SdkError(insufficientFunds) when `from` cannot pay. */
  sendToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void;
  /** @throws SdkError(insufficientFunds) when the module account cannot pay. */
  sendFromModule(ctx: Context, module: string, to: string, coins: readonly Coin[]): void;
}

/** What sessions needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  /** The address of module account `name`, whether or not it exists yet. */
  moduleAddress(name: string): string;
}

/** What sessions needs of the models keeper. */
export interface ModelsKeeper {
  getModel(ctx: StoreSource, id: string): strata.models.v1.ModelVersion | undefined;
}

/** What sessions needs of the nodes keeper. */
export interface NodesKeeper {
  /** Registered, ACTIVE and holding `role`. */
  isActive(ctx: StoreSource, operator: string, role: strata.nodes.v1.Role): boolean;
  /** ACTIVE nodes holding `role`, sorted by operator. */
  activeNodes(ctx: StoreSource, role: strata.nodes.v1.Role): strata.nodes.v1.Node[];
}

/** What sessions needs of the l3registry keeper (a private session names a registered L3). */
export interface L3RegistryKeeper {
  /** Whether `chainId` is a registered L3 chain. */
  isRegistered(ctx: StoreSource, chainId: string): boolean;
}
