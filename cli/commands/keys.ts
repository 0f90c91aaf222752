import type { Command } from "commander";

/** Registers the `keys` command group on the root program. */
export function register(_program: Command): void {}
