/**
 * The explorer's L3 audit rows: an L3's `Query/Audit` records become rows of public metadata in
 * sequence order, and an L3 chain with no `--l3` node, or a node that does not answer, says so.
 */
import assert from "node:assert/strict";
import { Comet38Client, HttpClient } from "@cosmjs/tendermint-rpc";
import { createL3Queries } from "../../chain/l3-privacy/client/index.js";
import type { ApiContext } from "../../explorer/server/api/index.js";
import { l3Audit } from "../../explorer/server/api/index.js";
import { l3AuditRows, l3EpochRow } from "../../explorer/server/l3.js";
import { createChainRpc } from "../../explorer/server/rpc.js";
import { freePort } from "../../localnet/index.js";
import { strata } from "../../proto/gen/strata.js";

const v1 = strata.l3.v1;

describe("explorer: L3 audit rows", () => {
  it("turns decoded audit records into rows in seq order with readable kinds and roles", () => {
    const bytes = v1.QueryAuditResponse.encode({
      records: [
        {
          seq: 2,
          height: 7,
          kind: v1.AuditKind.AUDIT_KIND_MEMBER_ADDED,
          actor: "strata1admin",
          subject: "strata1bob",
          role: v1.Role.ROLE_MEMBER,
          epoch: 1,
          refId: 3,
          detail: "approvals 1/1",
        },
        { seq: 1, height: 1, kind: v1.AuditKind.AUDIT_KIND_GENESIS_PARTY, subject: "strata1admin", role: 1 },
        { seq: 3, height: 7, kind: v1.AuditKind.AUDIT_KIND_EPOCH_STARTED, epoch: 2 },
      ],
      lastSeq: 3,
    }).finish();
    const rows = l3AuditRows(v1.QueryAuditResponse.decode(bytes).records);
    assert.deepEqual(rows, [
      {
        seq: 1,
        height: 1,
        kind: "genesis party",
        actor: "",
        subject: "strata1admin",
        role: "admin",
        epoch: 0,
        refId: 0,
        detail: "",
      },
      {
        seq: 2,
        height: 7,
        kind: "member added",
        actor: "strata1admin",
        subject: "strata1bob",
        role: "member",
        epoch: 1,
        refId: 3,
        detail: "approvals 1/1",
      },
      {
        seq: 3,
        height: 7,
        kind: "epoch started",
        actor: "",
        subject: "",
        role: "",
        epoch: 2,
        refId: 0,
        detail: "",
      },
    ]);
  });

  it("an epoch row keeps the public fields only (no wrapped keys, no shares)", () => {
    const e = v1.Epoch.decode(
      v1.Epoch.encode({
        number: 2,
        keyId: Uint8Array.of(1, 2),
        startHeight: 9,
        threshold: 2,
        wraps: [{ recipient: "strata1x" }],
        reason: "rotation",
      }).finish(),
    );
    assert.deepEqual(l3EpochRow(e), { number: 2, startHeight: 9, threshold: 2, reason: "rotation" });
  });

  it("says when no --l3 node serves the chain, and when the configured node does not answer", async () => {
    const none = await l3Audit({ l3Nodes: [] } as unknown as ApiContext, "acme");
    assert.equal(none.state, "none");
    assert.equal(none.message, "audit log: no L3 node configured for this chain (strata explorer --l3 URL)");
    const url = `http://127.0.0.1:${await freePort()}`; // nothing listens there
    const comet = Comet38Client.create(new HttpClient(url));
    try {
      const down = await l3Audit(
        {
          l3Nodes: [{ url, rpc: createChainRpc("l3 #1", url, 2000), queries: createL3Queries(comet) }],
        } as unknown as ApiContext,
        "acme",
      );
      assert.equal(down.state, "down");
      assert.match(down.message, /down/);
      assert.ok(down.message.includes(url));
      assert.deepEqual(down.rows, []);
    } finally {
      comet.disconnect();
    }
  });
});
