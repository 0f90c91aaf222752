import assert from "node:assert/strict";
import { App } from "../../../../chain/core/app/app.js";
import { nullLogger } from "../../../../chain/core/log/index.js";
import { moduleAddress } from "../../../../chain/core/modules/auth/index.js";
import { COSMOS_MODULE_ACCOUNTS, createCosmosModules } from "../../../../chain/core/modules/index.js";
import { MemKVStore } from "../../../../chain/core/store/index.js";
import { account, consKey } from "./helpers.js";

const M = 1_000_000n;

describe("createCosmosModules", () => {
  it("builds auth, bank, distribution, staking, slashing in hook order with their keepers and ante", () => {
    const cosmos = createCosmosModules({ minGasPrices: [] });
    assert.deepEqual(
      cosmos.modules.map((m) => m.name),
      ["auth", "bank", "distribution", "staking", "slashing"],
    );
    assert.deepEqual(Object.keys(cosmos.keepers).sort(), [
      "auth",
      "bank",
      "distribution",
      "slashing",
      "staking",
    ]);
    assert.equal(typeof cosmos.ante, "function");
    assert.deepEqual(cosmos.blockedModuleAccounts, [...COSMOS_MODULE_ACCOUNTS].sort());
  });

  it("blocks the Cosmos module accounts plus the ones the app declares, and only those", () => {
    const cosmos = createCosmosModules({
      minGasPrices: [],
      blockedModuleAccounts: ["l2_escrow", "fee_collector"],
    });
    assert.deepEqual(cosmos.blockedModuleAccounts, [
      "bonded_tokens_pool",
      "distribution",
      "fee_collector",
      "l2_escrow",
      "not_bonded_tokens_pool",
    ]);
    for (const name of cosmos.blockedModuleAccounts)
      assert.ok(cosmos.keepers.bank.isBlockedAddr(moduleAddress(name)));
    assert.equal(cosmos.keepers.bank.isBlockedAddr(moduleAddress("gov")), false);
    assert.equal(cosmos.keepers.bank.isBlockedAddr(account("alice").address), false);
  });

  it("runs an app's own staking hooks after distribution's and slashing's", () => {
    const created: string[] = [];
    const bonded: string[] = [];
    const cosmos = createCosmosModules({
      minGasPrices: [],
      stakingHooks: [
        {
          afterValidatorCreated: (_ctx, operator) => created.push(operator),
          afterValidatorBonded: (_ctx, _cons, operator) => bonded.push(operator),
        },
      ],
    });
    const app = new App({
      chainId: "hooks",
      logger: nullLogger,
      modules: cosmos.modules,
      ante: cosmos.ante,
      maxTxBytes: 1 << 20,
    });
    const op = account("op");
    const initial = app.initChain(
      new MemKVStore(),
      { chainId: "hooks", height: 0, timeNs: 0n, proposer: new Uint8Array(20) },
      {
        auth: { accounts: [{ address: op.address }] },
        bank: {
          balances: [{ address: op.address, coins: [{ denom: "ustra", amount: (10n * M).toString() }] }],
        },
        staking: {
          validators: [
            {
              operator: op.address,
              pubKey: Buffer.from(consKey("op").pubKey).toString("base64"),
              selfDelegation: (2n * M).toString(),
            },
          ],
        },
      },
    );
    assert.equal(initial.length, 1);
    assert.deepEqual(created, [op.operator]);
    assert.deepEqual(bonded, [op.operator]);
  });

  it("builds independent keeper sets per call", () => {
    const a = createCosmosModules({ minGasPrices: [] });
    const b = createCosmosModules({ minGasPrices: [] });
    assert.notEqual(a.keepers.staking, b.keepers.staking);
    // Each set wires its staking hooks once; a second wiring is a bug.
    assert.throws(() => a.keepers.staking.setHooks(), /staking hooks already set/);
  });
});
