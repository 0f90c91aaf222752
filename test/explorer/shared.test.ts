import assert from "node:assert/strict";
import { format, search, series } from "../../explorer/index.js";

describe("explorer: formatting", () => {
  it("groups digits and shows ustra with its whole unit", () => {
    assert.equal(format.groupDigits("1234567"), "1,234,567");
    assert.equal(format.groupDigits("999"), "999");
    assert.equal(format.formatAmount("1234567"), "1,234,567 ustra (1.234567 STRA)");
    assert.equal(format.formatAmount("60"), "60 ustra (0.00006 STRA)");
    assert.equal(format.formatAmount("0"), "0 ustra (0 STRA)");
    assert.equal(format.formatAmount("2000000"), "2,000,000 ustra (2 STRA)");
    assert.equal(format.formatAmount("5", "stake"), "5 stake");
    assert.equal(format.formatAmount("-3"), "-3 ustra");
  });

  it("shortens hashes and addresses, keeps short ones", () => {
    assert.equal(format.shortHash("A".repeat(64)), `${"A".repeat(8)}…${"A".repeat(8)}`);
    assert.equal(format.shortHash("ABC"), "ABC");
    assert.equal(
      format.shortAddress("strata1ppw7yu87nk5vmfxlcuh8v48ggn80ap972klrp7"),
      "strata1ppw7yu…2klrp7",
    );
    assert.equal(format.shortAddress("short"), "short");
  });

  it("formats durations, ages, reputations, rates and power shares", () => {
    assert.equal(format.formatDuration(850), "850 ms");
    assert.equal(format.formatDuration(2500), "2.5 s");
    assert.equal(format.formatDuration(200_000), "3 min 20 s");
    assert.equal(format.formatDuration(2 * 3600_000 + 5 * 60_000), "2 h 5 min");
    assert.equal(format.formatDuration(Number.NaN), "–");
    assert.equal(format.timeAgo("2026-01-01T00:00:00Z", Date.parse("2026-01-01T00:00:04Z")), "4 s ago");
    assert.equal(format.timeAgo("garbage", 0), "–");
    assert.equal(format.formatReputation(987654), "0.9877");
    assert.equal(format.formatReputation("1000000"), "1.0000");
    assert.equal(format.formatRate(2.499), "2.5");
    assert.equal(format.powerShare("1", "3"), "33.3 %");
    assert.equal(format.powerShare("1", "0"), "–");
  });
});

describe("explorer: search classification", () => {
  it("a number is a height and a session id; zero and signs are nothing", () => {
    assert.deepEqual(search.classifySearch(" 42 "), [
      { kind: "height", height: 42 },
      { kind: "session", id: 42 },
    ]);
    assert.deepEqual(search.classifySearch("0"), []);
    assert.deepEqual(search.classifySearch("-1"), []);
  });

  it("64 hex digits are a tx hash, a block hash and a task id, in their spellings", () => {
    const hex = "aB".repeat(32);
    assert.deepEqual(search.classifySearch(`0x${hex}`), [
      { kind: "tx", hash: hex.toUpperCase() },
      { kind: "block-hash", hash: hex.toUpperCase() },
      { kind: "task", id: hex.toLowerCase() },
    ]);
    assert.deepEqual(search.classifySearch("ab".repeat(31)), []);
  });

  it("addresses (lowercased) and model ids; anything else has no candidates", () => {
    assert.deepEqual(search.classifySearch("STRATA1PPW7YU87NK5VMFXLCUH8V48GGN80AP972KLRP7"), [
      { kind: "account", address: "strata1ppw7yu87nk5vmfxlcuh8v48ggn80ap972klrp7" },
    ]);
    assert.deepEqual(search.classifySearch("tiny@1"), [{ kind: "model", id: "tiny@1" }]);
    assert.deepEqual(search.classifySearch("<script>alert(1)</script>"), []);
    assert.deepEqual(search.classifySearch("cosmos1ppw7yu87nk5vmfxlcuh8v48ggn80ap972klrp7"), []);
    assert.deepEqual(search.classifySearch(""), []);
  });
});

describe("explorer: plot series", () => {
  const t = (ms: number) => new Date(Date.parse("2026-01-01T00:00:00Z") + ms).toISOString();
  const blocks = [
    { height: 3, time: t(1000), numTxs: 4 },
    { height: 1, time: t(0), numTxs: 0 },
    { height: 2, time: t(500), numTxs: 1 },
    // A gap (4 is missing): 5 has no interval.
    { height: 5, time: t(3000), numTxs: 9 },
    { height: 6, time: t(3000), numTxs: 2 },
  ];

  it("block time by height from consecutive blocks only", () => {
    assert.deepEqual(series.blockTimeSeries(blocks), [
      { x: 2, y: 500 },
      { x: 3, y: 500 },
      { x: 6, y: 0 },
    ]);
    assert.deepEqual(series.blockTimeSeries([]), []);
  });

  it("tx/s per block; a zero interval gives 0, not infinity", () => {
    assert.deepEqual(series.txRateSeries(blocks), [
      { x: 2, y: 2 },
      { x: 3, y: 8 },
      { x: 6, y: 0 },
    ]);
    const s = series.summarize(series.txRateSeries(blocks));
    assert.equal(s.mean, 10 / 3);
    assert.equal(s.last, 0);
    assert.ok(Number.isNaN(series.summarize([]).mean));
  });

  it("events per minute include empty minutes up to the end", () => {
    const base = Date.parse("2026-01-01T00:00:00Z");
    const ev = [{ time: t(1000) }, { time: t(59_000) }, { time: t(125_000) }];
    assert.deepEqual(series.perMinuteSeries(ev, base + 190_000), [
      { x: base, y: 2 },
      { x: base + 60_000, y: 0 },
      { x: base + 120_000, y: 1 },
      { x: base + 180_000, y: 0 },
    ]);
    assert.deepEqual(series.perMinuteSeries([], base), []);
  });

  it("verdict counts list every outcome, zero included, and unknown ones after", () => {
    assert.deepEqual(series.verdictCounts(["ACCEPTED", "VERDICT_REJECTED", "ACCEPTED", "ODD"]), [
      { label: "ACCEPTED", count: 2 },
      { label: "REJECTED", count: 1 },
      { label: "UNVERIFIED", count: 0 },
      { label: "EXPIRED", count: 0 },
      { label: "ODD", count: 1 },
    ]);
  });

  it("reputation keeps changes and the last sample", () => {
    const samples = [
      { height: 5, reputation: 500 },
      { height: 1, reputation: 500 },
      { height: 7, reputation: 600 },
      { height: 9, reputation: 600 },
      { height: 12, reputation: 600 },
    ];
    assert.deepEqual(series.reputationSeries(samples), [
      { x: 1, y: 500 },
      { x: 7, y: 600 },
      { x: 12, y: 600 },
    ]);
  });
});
