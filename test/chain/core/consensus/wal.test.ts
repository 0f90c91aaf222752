import assert from "node:assert/strict";
import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ConsensusEffect,
  ConsensusError,
  ConsensusErrorCode,
  type ConsensusEvent,
  ConsensusWal,
  createConsensusMachine,
  createKeySigner,
  createReplaySigner,
  createSignGuard,
  encodeVote,
  FileSignStateStore,
  FileWal,
  handleDurably,
  MemorySignStateStore,
  nilBlockId,
  planReplay,
  replayEvents,
  type Signer,
  VoteType,
} from "../../../../chain/core/consensus/index.js";
import {
  CHAIN_ID,
  GENESIS_TIME,
  MS,
  makeValidators,
  ofType,
  signedProposal,
  signedVote,
  type TestBlock,
  testBlockCodec,
  testBlockId,
  testBlocks,
} from "./helpers.js";

function code(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof ConsensusError ? err.code : -1;
  }
  return undefined;
}

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("consensus/fileWal", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "strata-wal-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("appends, syncs and reads back records", () => {
    const path = join(dir, "wal");
    const wal = FileWal.open(path);
    wal.append(bytes("one"));
    wal.append(bytes("two"));
    wal.sync();
    wal.close();
    const again = FileWal.open(path);
    assert.deepEqual(
      again.recovered.map((r) => Buffer.from(r).toString()),
      ["one", "two"],
    );
    assert.equal(again.truncatedBytes, 0);
    again.close();
  });

  it("cuts off a torn last record (partial payload, partial header, zero fill) and keeps appending", () => {
    const path = join(dir, "wal");
    const wal = FileWal.open(path);
    wal.append(bytes("kept"));
    wal.append(bytes("torn record payload"));
    wal.close();
    truncateSync(path, statSync(path).size - 5);
    const a = FileWal.open(path);
    assert.deepEqual(
      a.recovered.map((r) => Buffer.from(r).toString()),
      ["kept"],
    );
    assert.ok(a.truncatedBytes > 0);
    a.append(bytes("after"));
    a.close();
    appendFileSync(path, Buffer.from([0, 0])); // half a header
    const b = FileWal.open(path);
    assert.deepEqual(
      b.recovered.map((r) => Buffer.from(r).toString()),
      ["kept", "after"],
    );
    assert.equal(b.truncatedBytes, 2);
    b.close();
    appendFileSync(path, Buffer.alloc(4096)); // zero-filled extent after a crash
    const c = FileWal.open(path);
    assert.equal(c.recovered.length, 2);
    c.close();
  });

  it("refuses damage before the last record, and files that are not a WAL", () => {
    const path = join(dir, "wal");
    const wal = FileWal.open(path);
    wal.append(bytes("first record"));
    wal.append(bytes("second record"));
    wal.close();
    const data = readFileSync(path);
    data[8 + 8 + 2]! ^= 0xff; // inside the first payload
    writeFileSync(path, data);
    assert.equal(
      code(() => FileWal.open(path)),
      ConsensusErrorCode.walCorrupted,
    );
    writeFileSync(join(dir, "other"), "definitely not a WAL");
    assert.equal(
      code(() => FileWal.open(join(dir, "other"))),
      ConsensusErrorCode.walCorrupted,
    );
  });

  it("compacts atomically", () => {
    const path = join(dir, "wal");
    const wal = FileWal.open(path);
    for (const s of ["a", "b", "c"]) wal.append(bytes(s));
    wal.compact([bytes("z")]);
    wal.append(bytes("y"));
    wal.close();
    const again = FileWal.open(path);
    assert.deepEqual(
      again.recovered.map((r) => Buffer.from(r).toString()),
      ["z", "y"],
    );
    again.close();
  });
});

describe("consensus/ConsensusWal", () => {
  it("compacts on start(h), keeping the height-h messages that arrived before it", () => {
    const dir = mkdtempSync(join(tmpdir(), "strata-cwal-"));
    try {
      const path = join(dir, "wal");
      const { set, vals } = makeValidators([1n, 1n, 1n, 1n]);
      const id = testBlockId({ height: 2, time: GENESIS_TIME, proposer: "x", payload: "B" });
      const early = signedVote(vals[0]!, VoteType.prevote, 2, 0, id);
      const wal = ConsensusWal.open(path, testBlockCodec);
      wal.recordEvent({ type: "start", height: 1, validatorSet: set, now: 1n });
      wal.recordEvent({ type: "vote", vote: signedVote(vals[1]!, VoteType.prevote, 1, 0, id), now: 2n });
      wal.recordEvent({ type: "vote", vote: early, now: 3n });
      wal.recordEvent({ type: "timeout", height: 1, round: 0, step: "propose", now: 4n });
      wal.close();
      const reopened = ConsensusWal.open(path, testBlockCodec);
      assert.equal(reopened.recovered.length, 4);
      // The reopened log still knows which messages are ahead of height 1.
      const absent = {
        blockIdFlag: 1,
        validatorAddress: new Uint8Array(20),
        timestamp: 0n,
        signature: new Uint8Array(64),
      };
      const commit = { height: 1, round: 0, blockId: id, signatures: [absent, absent, absent, absent] };
      reopened.recordEvent({
        type: "start",
        height: 2,
        validatorSet: set,
        lastCommit: commit,
        lastValidatorSet: set,
        now: 5n,
      });
      reopened.close();
      const after = ConsensusWal.open(path, testBlockCodec);
      assert.deepEqual(
        after.recovered.map((e) => (e.kind === "event" ? e.event.type : e.kind)),
        ["start", "vote"],
      );
      const plan = planReplay(after.recovered, 2);
      assert.equal(plan.events.length, 2);
      assert.deepEqual(plan.events[1], { type: "vote", vote: early, now: 3n });
      assert.deepEqual(planReplay(after.recovered, 3).events, []);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("consensus/signGuard", () => {
  const { vals } = makeValidators([1n, 1n, 1n, 1n]);
  const A = testBlockId({ height: 1, time: GENESIS_TIME, proposer: "x", payload: "A" });
  const B = testBlockId({ height: 1, time: GENESIS_TIME, proposer: "x", payload: "B" });
  const unsigned = (round: number, type: VoteType, blockId = A, timestamp = GENESIS_TIME) => ({
    type,
    height: 5,
    round,
    blockId,
    timestamp,
    validatorAddress: vals[0]!.key.address,
    validatorIndex: 0,
  });

  it("re-signs identically, reuses a signature that differs only in time, refuses conflicts and regressions", () => {
    const guard = createSignGuard(createKeySigner(vals[0]!.key), new MemorySignStateStore());
    const first = guard.signVote(CHAIN_ID, unsigned(1, VoteType.prevote));
    assert.deepEqual(guard.signVote(CHAIN_ID, unsigned(1, VoteType.prevote)), first);
    const later = guard.signVote(CHAIN_ID, unsigned(1, VoteType.prevote, A, GENESIS_TIME + 5n));
    assert.deepEqual(encodeVote(later), encodeVote(first), "stored timestamp and signature come back");
    assert.equal(
      code(() => guard.signVote(CHAIN_ID, unsigned(1, VoteType.prevote, B))),
      ConsensusErrorCode.signRefused,
    );
    guard.signVote(CHAIN_ID, unsigned(1, VoteType.precommit));
    assert.equal(
      code(() => guard.signVote(CHAIN_ID, unsigned(1, VoteType.prevote))),
      ConsensusErrorCode.signRefused,
    );
    assert.equal(
      code(() => guard.signVote(CHAIN_ID, unsigned(0, VoteType.precommit))),
      ConsensusErrorCode.signRefused,
    );
    const p = { height: 5, round: 1, polRound: -1, blockId: A, timestamp: GENESIS_TIME };
    assert.equal(
      code(() => guard.signProposal(CHAIN_ID, p)),
      ConsensusErrorCode.signRefused,
      "propose < precommit",
    );
    guard.signProposal(CHAIN_ID, { ...p, round: 2 });
  });

  it("persists its state durably across restarts (file store)", () => {
    const dir = mkdtempSync(join(tmpdir(), "strata-sign-"));
    try {
      const path = join(dir, "sign_state.json");
      let synced = 0;
      const g1 = createSignGuard(createKeySigner(vals[0]!.key), new FileSignStateStore(path), {
        beforeSign: () => synced++,
      });
      const v = g1.signVote(CHAIN_ID, unsigned(3, VoteType.precommit));
      assert.equal(synced, 1, "beforeSign runs before a new signature");
      const g2 = createSignGuard(createKeySigner(vals[0]!.key), new FileSignStateStore(path));
      assert.deepEqual(g2.signVote(CHAIN_ID, unsigned(3, VoteType.precommit, A, GENESIS_TIME + 9n)), v);
      assert.equal(
        code(() => g2.signVote(CHAIN_ID, unsigned(3, VoteType.precommit, B))),
        9,
      );
      assert.equal(
        code(() => g2.signVote(CHAIN_ID, unsigned(2, VoteType.precommit))),
        9,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("consensus/WAL replay", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "strata-replay-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Validator 3 of four equal ones; its inputs go through the WAL like a real host's.
  const { set, vals } = makeValidators([1n, 1n, 1n, 1n]);
  const me = vals[3]!;
  const A: TestBlock = { height: 1, time: GENESIS_TIME, proposer: "v0", payload: "A" };

  function node(walPath: string, statePath: string, nextHeight = 1) {
    const wal = ConsensusWal.open(walPath, testBlockCodec);
    const guard = createSignGuard(createKeySigner(me.key), new FileSignStateStore(statePath), {
      beforeSign: () => wal.sync(),
    });
    const plan = planReplay(wal.recovered, nextHeight);
    const signer: Signer = createReplaySigner(guard, plan.signed);
    const machine = createConsensusMachine<TestBlock>({
      chainId: CHAIN_ID,
      blocks: testBlocks,
      genesisTime: GENESIS_TIME,
      signer,
    });
    return { wal, machine, plan };
  }

  let now = GENESIS_TIME;
  const at = () => (now += 7n * MS);
  const roundZero = (): ConsensusEvent<TestBlock>[] => [
    { type: "start", height: 1, validatorSet: set, now: at() },
    { type: "proposal", proposal: signedProposal(vals[0]!, 1, 0, A), block: A, now: at() },
    { type: "blockValidated", height: 1, blockId: testBlockId(A), valid: true, now: at() },
    { type: "vote", vote: signedVote(vals[0]!, VoteType.prevote, 1, 0, testBlockId(A)), now: at() },
    { type: "vote", vote: signedVote(vals[1]!, VoteType.prevote, 1, 0, testBlockId(A)), now: at() },
  ];
  const signedBytes = (effects: readonly ConsensusEffect<TestBlock>[]) =>
    ofType(effects, "broadcastVote").map((e) => Buffer.from(encodeVote(e.vote)).toString("hex"));

  it("a restart mid-round re-produces identical signatures and the lock", () => {
    const walPath = join(dir, "wal");
    const statePath = join(dir, "sign_state.json");
    const first = node(walPath, statePath);
    const original: ConsensusEffect<TestBlock>[] = [];
    for (const ev of roundZero()) original.push(...handleDurably(first.machine, first.wal, ev));
    assert.equal(signedBytes(original).length, 2, "prevote and precommit for A");
    first.wal.close(); // crash

    const second = node(walPath, statePath);
    assert.equal(second.plan.signed.length, 2);
    const replayed = replayEvents(second.machine, second.plan.events);
    assert.deepEqual(signedBytes(replayed.effects), signedBytes(original), "byte-identical votes");
    const rs = second.machine.roundState()!;
    assert.equal(rs.lockedRound, 0);
    assert.equal(rs.step, "precommit");
    // It carries on: two more precommits decide A.
    const more = [0, 1].flatMap((i) =>
      handleDurably(second.machine, second.wal, {
        type: "vote",
        vote: signedVote(vals[i]!, VoteType.precommit, 1, 0, testBlockId(A)),
        now: at(),
      }),
    );
    assert.equal(ofType(more, "decide").length, 1);
    second.wal.close();
  });

  it("a signature whose WAL record was lost (torn tail) is re-produced, not changed", () => {
    const walPath = join(dir, "wal");
    const statePath = join(dir, "sign_state.json");
    const first = node(walPath, statePath);
    const original: ConsensusEffect<TestBlock>[] = [];
    for (const ev of roundZero()) original.push(...handleDurably(first.machine, first.wal, ev));
    first.wal.close();
    // Crash after the precommit was signed (sign state saved) but while its WAL record was being
    // written: the last record is torn.
    truncateSync(walPath, statSync(walPath).size - 3);

    const second = node(walPath, statePath);
    assert.ok(second.wal.truncatedBytes > 0);
    assert.equal(second.plan.signed.length, 1, "only the prevote record survived");
    const replayed = replayEvents(second.machine, second.plan.events);
    assert.deepEqual(signedBytes(replayed.effects), signedBytes(original));
    second.wal.close();
  });

  it("never double-signs, even when the WAL is gone", () => {
    const walPath = join(dir, "wal");
    const statePath = join(dir, "sign_state.json");
    const first = node(walPath, statePath);
    const original: ConsensusEffect<TestBlock>[] = [];
    for (const ev of roundZero()) original.push(...handleDurably(first.machine, first.wal, ev));
    first.wal.close();
    rmSync(walPath); // operator error: the WAL is deleted, the sign state survives

    const second = node(walPath, statePath);
    assert.deepEqual(second.plan.events, []);
    const effects: ConsensusEffect<TestBlock>[] = [];
    const feed = (ev: ConsensusEvent<TestBlock>) =>
      effects.push(...handleDurably(second.machine, second.wal, ev));
    feed({ type: "start", height: 1, validatorSet: set, now: at() });
    // Without the proposal it would prevote nil in round 0, and it already prevoted A there.
    feed({ type: "timeout", height: 1, round: 0, step: "propose", now: at() });
    assert.deepEqual(signedBytes(effects), [], "no conflicting prevote is released");
    assert.deepEqual(
      ofType(effects, "signRefused").map((e) => e.message),
      ["prevote"],
    );
    // Nil prevotes from others: it would precommit nil, but it precommitted A: refused as well.
    for (const i of [0, 1, 2]) {
      feed({ type: "vote", vote: signedVote(vals[i]!, VoteType.prevote, 1, 0, nilBlockId()), now: at() });
    }
    assert.deepEqual(signedBytes(effects), []);
    assert.deepEqual(
      ofType(effects, "signRefused").map((e) => e.message),
      ["prevote", "precommit"],
    );
    second.wal.close();
  });
});
