import { StrataError } from "../../chain/core/errors/index.js";

/** Error codes of `strata l3 launch|status|stop` (codespace `l3launch`). Never renumber. */
export enum L3LaunchCode {
  /** `members.json` missing or breaking a rule. */
  badMembers = 2,
  /** Bad options (validators, thresholds, name). */
  badOptions = 3,
  /** The home already holds an L3 (or something else). */
  homeExists = 4,
  /** The home holds no `l3.json`. */
  notAnL3 = 5,
  /** A process did not become healthy. */
  startFailed = 6,
  /** L2 already holds the chain id or name with another genesis or under another name. */
  l2Conflict = 7,
}

/** An error of the L3 launcher. */
export class L3LaunchError extends StrataError {
  constructor(code: L3LaunchCode, message: string) {
    super("l3launch", code, message);
  }
}
