import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { nullLogger } from "../../../chain/core/log/index.js";
import { createKeyService } from "../../../chain/l3-privacy/keyservice/index.js";
import { strata } from "../../../proto/gen/strata.js";
import { L3_TEST_CHAIN_ID, L3Chain, msg } from "./harness.js";

const v1 = strata.l3.v1;

/** A key service of custodian `label` wired to the in-process chain (its port: queries and a delivered tx). */
function serviceOf(chain: L3Chain, label: string) {
  return createKeyService(
    {
      chainId: L3_TEST_CHAIN_ID,
      custodian: chain.addr(label),
      custodySecretKey: chain.custodyKeys.get(label)!.secretKey,
    },
    {
      logger: nullLogger,
      port: {
        rewraps: async () => chain.rewraps(),
        epoch: async (n) => chain.epoch(n),
        submitShare: async (requestId, sealed) => {
          chain.deliverOk(label, [
            msg(v1.MsgSubmitRewrapShare, { custodian: chain.addr(label), requestId, sealed }),
          ]);
        },
      },
    },
  );
}

describe("L3 key service", () => {
  it("answers each open request once, also after a restart, and t answers let the new member read", async () => {
    const chain = await L3Chain.create({
      parties: { admin: "ADMIN", alice: "MEMBER" },
      custodians: ["val1", "val2", "val3"],
      custodyThreshold: 2,
      others: ["carol", "dave"],
    });
    for (const who of ["carol", "dave"])
      chain.deliverOk("admin", [
        msg(v1.MsgSubmitChange, {
          admin: chain.addr("admin"),
          change: {
            addMember: {
              address: chain.addr(who),
              role: v1.Role.ROLE_MEMBER,
              x25519PublicKey: chain.x25519(who).publicKey,
            },
          },
        }),
      ]);
    assert.equal(await serviceOf(chain, "val1").tick(), 2);
    // A restarted service (a new instance, nothing on disk but its key) answers nothing twice.
    assert.equal(await serviceOf(chain, "val1").tick(), 0);
    assert.equal(await serviceOf(chain, "val3").tick(), 2);
    const key = await chain.keyOf("alice", 1);
    assert.deepEqual(await chain.keyOf("carol", 1), key);
    assert.deepEqual(await chain.keyOf("dave", 1), key);
    // A fulfilled request is still answered by the last custodian (a recipient may skip a faulty share).
    assert.equal(await serviceOf(chain, "val2").tick(), 2);
    assert.deepEqual(
      chain.rewraps().map((r) => r.shares.length),
      [3, 3],
    );
  });

  it("a service with the wrong custody key logs and skips, it never throws", async () => {
    const chain = await L3Chain.create({
      parties: { admin: "ADMIN" },
      custodians: ["val1", "val2"],
      others: ["carol"],
    });
    chain.deliverOk("admin", [
      msg(v1.MsgSubmitChange, {
        admin: chain.addr("admin"),
        change: {
          addMember: {
            address: chain.addr("carol"),
            role: v1.Role.ROLE_MEMBER,
            x25519PublicKey: chain.x25519("carol").publicKey,
          },
        },
      }),
    ]);
    chain.custodyKeys.set("val1", chain.custodyKeys.get("val2")!);
    assert.equal(await serviceOf(chain, "val1").tick(), 0);
    assert.equal(chain.rewraps()[0]!.shares.length, 0);
  });
});
