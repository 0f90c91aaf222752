import type { Command } from "commander";

/** Registers the `tx` command group on the root program. */
export function register(_program: Command): void {}
