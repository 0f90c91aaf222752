/** `strata query sessions show|list`. */
import type { Command } from "commander";
import { enumName, type Session, SessionStatus } from "../../../client/index.js";
import { parseUint } from "../tx/common.js";
import {
  addNodeOption,
  addPageOptions,
  lines,
  pageFrom,
  printPage,
  printShow,
  withClient,
} from "./common.js";

/** A session for output: status by name. */
function sessionView(s: Session) {
  return { ...s, status: enumName(SessionStatus, s.status) };
}

function sessionText(s: ReturnType<typeof sessionView>): string {
  return lines([
    ["id", s.id],
    ["status", s.status],
    ["owner", s.owner],
    ["model", s.model],
    ["redundancy", s.redundancy],
    ["max price / 1k", `${s.maxPricePer_1k} ustra`],
    ["api key sha256", s.apiKeySha256],
    ["routers", s.routers.length > 0 ? s.routers.join(", ") : "any active router"],
    ["balance", `${s.balance} ustra (${s.reserved} reserved)`],
    ["spent", `${s.spent} ustra`],
    ["deposited", `${s.deposited} ustra`],
    ["opened at", s.openedHeight],
    ["expires at", s.expiresHeight],
    ["closed at", s.closedHeight || undefined],
    ["tasks", `${s.openTasks} open, ${s.settledTasks} settled`],
  ]);
}

/** Registers `query sessions …` on the `query` command. */
export function registerSessionsQuery(query: Command): void {
  const sessions = query.command("sessions").description("inference sessions (L2)");

  addNodeOption(
    sessions.command("show").description("one session").argument("<id>", "session id", parseUint),
  ).action(async (id: number, _opts, cmd: Command) => {
    const session = await withClient(cmd, (c) => c.query.sessions.session(id));
    printShow(cmd, `session ${id}`, session, sessionView, sessionText);
  });

  addNodeOption(
    addPageOptions(
      sessions
        .command("list")
        .description("sessions in id order")
        .option("--owner <address>", "only this owner's sessions"),
    ),
  ).action(async (opts, cmd: Command) => {
    const r = await withClient(cmd, (c) =>
      c.query.sessions.list({ ...(opts.owner ? { owner: opts.owner } : {}), page: pageFrom(opts) }),
    );
    printPage(
      cmd,
      "sessions",
      r.sessions.map(sessionView),
      r.page,
      (s) => `${s.id}  ${s.status}  ${s.model}  balance ${s.balance}  spent ${s.spent}  ${s.owner}`,
    );
  });
}
