import assert from "node:assert/strict";
import OpenAI from "openai";
import { bigramContinuation, digestFile } from "../../../router-node/index.js";
import { type SpawnedRouter, spawnRouter } from "../helpers/spawnRouter.js";
import { type TinyModelFixture, tinyModelFixture } from "../helpers/tinyModel.js";

// The `strata` extension the router adds to response bodies (the openai client passes it through).
type WithStrata<T> = T & {
  strata: { served_by: string; agreement: string; executors: { id: string; digest: string }[] };
};

describe("e2e: the openai npm client against a router started through the CLI", () => {
  let fx: TinyModelFixture;
  let router: SpawnedRouter;
  let client: OpenAI;

  before(async () => {
    fx = await tinyModelFixture();
    router = await spawnRouter(["--model", fx.path, "--context-size", "512", "--parallel", "2"]);
    client = new OpenAI({ baseURL: router.baseURL, apiKey: "not-needed", maxRetries: 0 });
  });
  after(async () => {
    await router?.stop();
    await fx?.remove();
  });

  it("lists the built-in model with the digest of its file", async () => {
    const models = [];
    for await (const m of client.models.list()) models.push(m);
    assert.deepEqual(
      models.map((m) => m.id),
      ["tiny"],
    );
    const digest = await digestFile(fx.path);
    assert.equal((models[0] as unknown as { strata: { digest: string } }).strata.digest, digest);
    const one = await client.models.retrieve("tiny");
    assert.equal(one.id, "tiny");
    assert.equal(one.object, "model");
  });

  it("answers a chat completion with the exact text of the bigram model", async () => {
    const res = await client.chat.completions.create({
      model: "tiny",
      messages: [{ role: "user", content: "hello" }],
      max_tokens: 16,
      temperature: 0,
    });
    assert.equal(res.object, "chat.completion");
    assert.equal(res.choices[0]!.message.role, "assistant");
    assert.equal(res.choices[0]!.message.content, "pqrstuvwxyz abcd");
    assert.equal(res.choices[0]!.finish_reason, "length");
    assert.deepEqual(res.usage, { prompt_tokens: 4, completion_tokens: 16, total_tokens: 20 });
  });

  it("streams a chat completion whose chunks reassemble to the non-streamed text", async () => {
    const params = {
      model: "tiny",
      messages: [
        { role: "system" as const, content: "You are terse." },
        { role: "user" as const, content: "count from m" },
      ],
      max_tokens: 24,
      temperature: 0,
    };
    const whole = await client.chat.completions.create(params);
    const stream = await client.chat.completions.create({
      ...params,
      stream: true,
      stream_options: { include_usage: true },
    });
    const pieces: string[] = [];
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let role: string | undefined;
    for await (const chunk of stream) {
      assert.equal(chunk.object, "chat.completion.chunk");
      const choice = chunk.choices[0];
      role ??= choice?.delta.role;
      if (choice?.delta.content) pieces.push(choice.delta.content);
      if (choice?.finish_reason) finish = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    assert.equal(role, "assistant");
    assert.equal(pieces.length, 24, "one chunk per token");
    assert.equal(pieces.join(""), whole.choices[0]!.message.content);
    assert.equal(pieces.join(""), bigramContinuation("count from m", 24));
    assert.equal(finish, "length");
    assert.deepEqual(usage, whole.usage);
  });

  it("answers completions, streamed and not, with the same exact text", async () => {
    const res = await client.completions.create({
      model: "tiny",
      prompt: "hello",
      max_tokens: 16,
      temperature: 0,
    });
    assert.equal(res.object, "text_completion");
    assert.equal(res.choices[0]!.text, "pqrstuvwxyz abcd");
    assert.deepEqual(res.usage, { prompt_tokens: 4, completion_tokens: 16, total_tokens: 20 });
    const stream = await client.completions.create({
      model: "tiny",
      prompt: "hello",
      max_tokens: 16,
      temperature: 0,
      stream: true,
    });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.text ?? "";
    assert.equal(text, res.choices[0]!.text);
  });

  it("honours stop, seed and temperature", async () => {
    const stopped = await client.chat.completions.create({
      model: "tiny",
      messages: [{ role: "user", content: "hello" }],
      max_tokens: 16,
      stop: ["v"],
    });
    assert.equal(stopped.choices[0]!.message.content, "pqrstu");
    assert.equal(stopped.choices[0]!.finish_reason, "stop");
    const seeded = await client.completions.create({
      model: "tiny",
      prompt: "ab",
      max_tokens: 3,
      temperature: 0.8,
      seed: 7,
    });
    assert.equal(seeded.choices[0]!.text, "cde");
  });

  it("exposes who served the request in headers and in the `strata` body field", async () => {
    const { data, response } = await client.chat.completions
      .create({ model: "tiny", messages: [{ role: "user", content: "a" }], max_tokens: 2 })
      .withResponse();
    assert.equal(response.headers.get("x-strata-served-by"), "local");
    assert.equal(response.headers.get("x-strata-agreement"), "single");
    const strata = (data as WithStrata<typeof data>).strata;
    assert.equal(strata.served_by, "local");
    assert.equal(strata.executors[0]!.digest, await digestFile(fx.path));
  });

  it("raises OpenAI errors the client understands (400 with code and param)", async () => {
    await assert.rejects(
      client.chat.completions.create({ model: "nope", messages: [{ role: "user", content: "x" }] }),
      (e) => {
        assert.ok(e instanceof OpenAI.BadRequestError);
        assert.equal(e.status, 400);
        assert.equal(e.code, "model_not_found");
        assert.equal(e.param, "model");
        return true;
      },
    );
    await assert.rejects(
      client.chat.completions.create({
        model: "tiny",
        messages: [{ role: "user", content: "x" }],
        max_tokens: -1,
      }),
      (e) => e instanceof OpenAI.BadRequestError && e.param === "max_tokens",
    );
    await assert.rejects(
      client.completions.create({ model: "tiny", prompt: "a b ".repeat(300), max_tokens: 8 }),
      (e) => e instanceof OpenAI.BadRequestError && e.code === "context_length_exceeded",
    );
  });

  describe("a second router with the first as its OpenAI-compatible upstream (real HTTP)", () => {
    let front: SpawnedRouter;
    let viaFront: OpenAI;

    before(async () => {
      front = await spawnRouter(["--backend", "openai", "--upstream", router.baseURL]);
      viaFront = new OpenAI({ baseURL: front.baseURL, apiKey: "not-needed", maxRetries: 0 });
    });
    after(async () => {
      await front?.stop();
    });

    it("lists the upstream's model with the digest the upstream reports", async () => {
      const page = await viaFront.models.list();
      assert.deepEqual(
        page.data.map((m) => m.id),
        ["tiny"],
      );
      assert.equal(
        (page.data[0] as unknown as { strata: { digest: string } }).strata.digest,
        await digestFile(fx.path),
      );
    });

    it("relays chat completions, streamed and not, with the exact text and usage", async () => {
      const params = {
        model: "tiny",
        messages: [{ role: "user" as const, content: "hello" }],
        max_tokens: 16,
        temperature: 0,
      };
      const whole = await viaFront.chat.completions.create(params);
      assert.equal(whole.choices[0]!.message.content, "pqrstuvwxyz abcd");
      assert.deepEqual(whole.usage, { prompt_tokens: 4, completion_tokens: 16, total_tokens: 20 });
      const strata = (whole as WithStrata<typeof whole>).strata;
      assert.equal(strata.served_by, "upstream");
      assert.equal(strata.executors[0]!.digest, await digestFile(fx.path));
      let text = "";
      for await (const c of await viaFront.chat.completions.create({ ...params, stream: true })) {
        text += c.choices[0]?.delta.content ?? "";
      }
      assert.equal(text, whole.choices[0]!.message.content);
    });

    it("relays completions", async () => {
      const res = await viaFront.completions.create({
        model: "tiny",
        prompt: "abc",
        max_tokens: 5,
        temperature: 0,
      });
      assert.equal(res.choices[0]!.text, "defgh");
    });

    it("relays the upstream's 400 (prompt over its context) as the same OpenAI error", async () => {
      await assert.rejects(
        viaFront.completions.create({ model: "tiny", prompt: "a b ".repeat(300), max_tokens: 4 }),
        (e) =>
          e instanceof OpenAI.BadRequestError && e.code === "context_length_exceeded" && e.param === "prompt",
      );
    });
  });
});
