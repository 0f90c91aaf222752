import { StrataError } from "../chain/core/errors/index.js";

/** Error codes of the localnet (codespace `localnet`); never renumbered. */
export enum LocalnetErrorCode {
  /** The folder holds no `localnet.json` (`localnet up` never ran there). */
  noLocalnet = 1,
  /** The localnet of that folder is already running. */
  alreadyRunning = 2,
  /** A process did not become healthy. */
  startFailed = 3,
  /** An option out of range (`--validators 0`, `--block-interval 0`, …). */
  badOption = 4,
  /** An option differs from the topology the existing localnet was created with. */
  topologyMismatch = 5,
  /** The folder exists and is not a localnet (nor the leftovers of an interrupted creation). */
  notALocalnet = 6,
  /** Start-up was interrupted (Ctrl-C); what had started was stopped. */
  interrupted = 7,
  /** Another `localnet up` is creating this localnet right now. */
  busy = 8,
}

/** A localnet failure: codespace `localnet` with a {@link LocalnetErrorCode}. */
export class LocalnetError extends StrataError {
  constructor(code: LocalnetErrorCode, message: string) {
    super("localnet", code, message);
  }
}
