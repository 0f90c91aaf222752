// Mocha configuration. `MOCHA_SUITE=unit` runs the fast, in-process half (`npm run test:unit`);
// `MOCHA_SUITE=e2e` runs the tests that start real node, router, guard and localnet processes
// (`npm run test:e2e`); unset, mocha runs whatever files it is given (`npm test` gives all).

/** Test files that start real processes (chain nodes, routers, guards, localnets). */
const E2E = [
  "test/localnet/**/*.test.ts",
  "test/**/e2e/**/*.test.ts",
  "test/**/*.e2e.test.ts",
  "test/chain/l1/badInput.test.ts",
  "test/chain/l1/cosmjs.test.ts",
  "test/chain/l1/fullNode.test.ts",
  "test/chain/l1/persistence.test.ts",
  "test/chain/l1/staking.test.ts",
  "test/client/l2Node.test.ts",
  "test/cli/staking.test.ts",
];

const suite = process.env.MOCHA_SUITE;
const selection =
  suite === "e2e" ? { spec: E2E } : suite === "unit" ? { spec: ["test/**/*.test.ts"], ignore: E2E } : {};

module.exports = {
  "node-option": ["import=tsx/esm"],
  timeout: 30000,
  reporter: "spec",
  ...selection,
};
