import {
  msgAttestModel,
  msgCloseSession,
  msgDeposit,
  msgDeprecateModel,
  msgMintDeposits,
  msgOpenSession,
  msgProveWithdrawal,
  msgPublishModel,
  msgRecordTasks,
  msgRegisterNode,
  msgRegisterRollup,
  msgRevealResults,
  msgSubmitBatch,
  msgSubmitScores,
  msgTopUpSession,
  msgUnbondNode,
  msgUnjailNode,
  msgUpdateNode,
  msgWithdraw,
  type StrataEncodeObject,
} from "../../client/index.js";
import { strata } from "../../proto/gen/strata.js";

const owner = "strata1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu";
const other = "strata1zg69v7ys40x77y352eufp27daufrg4ncnjqz7q";
const digest = (c: string) => c.repeat(64);

/**
 * One message of every strata type with every field set to a non-default value, so a round trip
 * that drops or mangles any field shows.
 */
export const EVERY_MESSAGE: StrataEncodeObject[] = [
  msgPublishModel({
    owner,
    name: "llama/3b-instruct",
    version: "1.0.0+q8",
    weightsSha256: digest("a"),
    weightsSize: 3_000_000_123,
    format: "gguf",
    quantization: "Q8_0",
    tokenizerSha256: digest("b"),
    storageUris: ["ipfs://bafy", "https://example.com/w.gguf"],
    priceInputPer_1k: "10",
    priceOutputPer_1k: "20",
    license: "Apache-2.0",
    visibility: strata.models.v1.Visibility.VISIBILITY_PRIVATE,
    encryptedWeightsSha256: digest("c"),
    parent: "llama/3b@0.9",
  }),
  msgAttestModel({ guard: other, id: "llama/3b-instruct@1.0.0+q8", weightsSha256: digest("a") }),
  msgDeprecateModel({ owner, id: "llama/3b-instruct@1.0.0+q8" }),
  msgRegisterNode({
    operator: owner,
    roles: [strata.nodes.v1.Role.ROLE_ROUTER, strata.nodes.v1.Role.ROLE_EXECUTOR],
    pubkey: new Uint8Array(32).fill(9),
    endpoint: "https://node.example.com",
    models: ["llama/3b-instruct@1.0.0+q8", "tiny@1"],
    capacity: 8,
    pricePer_1k: "15",
    hardware: { cpu: "AMD EPYC", cores: 16, memoryBytes: 68_719_476_736, gpu: "none" },
    stake: "1000000",
  }),
  msgUpdateNode({
    operator: owner,
    endpoint: "https://other.example.com",
    setModels: true,
    models: ["tiny@2"],
    capacity: 4,
    pricePer_1k: "12",
    hardware: { cpu: "Xeon", cores: 8, memoryBytes: 1024, gpu: "A100" },
    addStake: "500",
    setRoles: true,
    roles: [strata.nodes.v1.Role.ROLE_GUARD],
  }),
  msgUnbondNode({ operator: owner }),
  msgUnjailNode({ operator: owner }),
  msgOpenSession({
    owner,
    model: "tiny@1",
    redundancy: 3,
    maxPricePer_1k: "30",
    deposit: "5000000",
    apiKeySha256: digest("d"),
    durationBlocks: 1000,
    routers: [other],
    l3ChainId: "l3-acme",
  }),
  msgTopUpSession({ sender: other, id: 42, amount: "700" }),
  msgCloseSession({ owner, id: 42 }),
  msgRecordTasks({
    router: other,
    tasks: [
      {
        taskId: digest("e"),
        sessionId: 42,
        receipts: [
          {
            taskId: digest("e"),
            sessionId: 42,
            executor: owner,
            modelSha256: digest("a"),
            promptSha256: digest("f"),
            commitment: digest("1"),
            inputTokens: 120,
            outputTokens: 340,
            signature: new Uint8Array(64).fill(7),
          },
        ],
      },
    ],
  }),
  msgRevealResults({
    sender: owner,
    reveals: [
      {
        taskId: digest("e"),
        executor: owner,
        output: "hello ☃",
        salt: digest("2"),
        prompt: '{"max_tokens":8}',
      },
    ],
  }),
  msgSubmitScores({
    guard: other,
    scores: [
      {
        taskId: digest("e"),
        method: strata.scores.v1.Method.METHOD_EXACT_MATCH,
        scores: [{ executor: owner, score: 1_000_000 }],
        note: "3/3 identical",
      },
    ],
  }),
  msgRegisterRollup({
    creator: owner,
    chainId: "strata-l2-test",
    genesis: new TextEncoder().encode('{"chainId":"strata-l2-test"}'),
    challengeWindowBlocks: 10,
    bond: "1000000",
  }),
  msgSubmitBatch({
    submitter: other,
    chainId: "strata-l2-test",
    items: [
      {
        block: new Uint8Array([1, 2, 3]),
        commit: new Uint8Array([4, 5]),
        header: new Uint8Array(32).fill(6),
        commitmentProof: {
          key: new Uint8Array([7]),
          value: new Uint8Array([8, 9]),
          nodes: [new Uint8Array([10]), new Uint8Array([11, 12])],
        },
        nextValidators: [{ pubKey: new Uint8Array(32).fill(13), power: 10 }],
      },
    ],
  }),
  msgDeposit({ sender: owner, chainId: "strata-l2-test", recipient: other, amount: "1000000000000" }),
  msgProveWithdrawal({
    claimer: other,
    chainId: "strata-l2-test",
    batchNumber: 42,
    withdrawal: {
      index: 3,
      sender: other,
      recipient: owner,
      denom: "ustra",
      amount: "12345",
      childHeight: 40,
    },
    proof: Array.from({ length: 32 }, (_, i) => new Uint8Array(32).fill(i + 1)),
  }),
  msgMintDeposits({
    relayer: other,
    deposits: [{ nonce: 1, sender: owner, recipient: other, denom: "ustra", amount: "5", parentHeight: 7 }],
  }),
  msgWithdraw({ sender: other, recipient: owner, amount: "12345" }),
];
