import type { StoreSource } from "../../app/context.js";

/** What bank needs of the account keeper (auth implements it). */
export interface AccountKeeper {
  /** Creates the account when missing, so a first transfer to an address creates it. */
  ensureAccount(ctx: StoreSource, address: string): unknown;
  /** The address of module account `name`, created on first use. */
  moduleAccount(ctx: StoreSource, name: string): { address: string };
  /** The address of module account `name`, whether or not it exists yet. */
  moduleAddress(name: string): string;
}
