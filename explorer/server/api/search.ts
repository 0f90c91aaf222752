/** The search box: which pages a string names. */
import { fromBech32 } from "@cosmjs/encoding";
import type { SearchHit, SearchResponse } from "../../shared/api.js";
import { classifySearch } from "../../shared/search.js";
import { ExplorerError, ExplorerErrorCode } from "../errors.js";
import { isMissing } from "../rpc.js";
import { type ApiContext, type ChainHandle, onChain } from "./context.js";

// ---------------------------------------------------------------- search

/** Which pages a search string names: every candidate of its spelling that exists on a chain. */
export async function search(ctx: ApiContext, q: string): Promise<SearchResponse> {
  const query = q.trim().slice(0, 200);
  const hits: SearchHit[] = [];
  const down = new Set<string>();
  const chains = [ctx.l1, ...(ctx.l2 ? [ctx.l2] : [])];
  const attempt = async (chain: ChainHandle, fn: () => Promise<void>) => {
    try {
      await onChain(chain, fn);
    } catch (err) {
      if (err instanceof ExplorerError && err.code === ExplorerErrorCode.chainDown) down.add(chain.key);
      else if (!isMissing(err) && !(err instanceof ExplorerError && err.code === ExplorerErrorCode.notFound))
        throw err;
    }
  };
  for (const c of classifySearch(query)) {
    switch (c.kind) {
      case "height":
        for (const chain of chains) {
          await attempt(chain, async () => {
            await chain.rpc.call("blockchain", { minHeight: String(c.height), maxHeight: String(c.height) });
            hits.push({
              kind: "block",
              label: `${chain.key.toUpperCase()} block ${c.height}`,
              path: `/block/${chain.key}/${c.height}`,
            });
          });
        }
        break;
      case "session":
        if (ctx.l2) {
          const l2 = ctx.l2;
          await attempt(l2, async () => {
            if (await l2.queries.sessions.session(c.id))
              hits.push({ kind: "session", label: `session ${c.id}`, path: `/session/${c.id}` });
          });
        }
        break;
      case "tx":
        for (const chain of chains) {
          await attempt(chain, async () => {
            await chain.rpc.call("tx", { hash: `0x${c.hash}` });
            hits.push({
              kind: "tx",
              label: `${chain.key.toUpperCase()} transaction ${c.hash}`,
              path: `/tx/${chain.key}/${c.hash}`,
            });
          });
        }
        break;
      case "block-hash":
        for (const chain of chains) {
          await attempt(chain, async () => {
            const r = await chain.rpc.call<{ block: { header: { height: string } } | null }>(
              "block_by_hash",
              {
                hash: `0x${c.hash}`,
              },
            );
            if (r.block) {
              const h = r.block.header.height;
              hits.push({
                kind: "block",
                label: `${chain.key.toUpperCase()} block ${h}`,
                path: `/block/${chain.key}/${h}`,
              });
            }
          });
        }
        break;
      case "task":
        if (ctx.l2) {
          const l2 = ctx.l2;
          await attempt(l2, async () => {
            if (await l2.queries.tasks.task(c.id))
              hits.push({ kind: "task", label: `task ${c.id}`, path: `/task/${c.id}` });
          });
        }
        break;
      case "account": {
        let valid = true;
        try {
          fromBech32(c.address, 90);
        } catch {
          valid = false;
        }
        if (valid) {
          hits.push({ kind: "account", label: `account ${c.address}`, path: `/account/${c.address}` });
          if (ctx.l2) {
            const l2 = ctx.l2;
            await attempt(l2, async () => {
              if (await l2.queries.nodes.node(c.address))
                hits.push({ kind: "node", label: `node ${c.address}`, path: `/node/${c.address}` });
            });
          }
        }
        break;
      }
      case "model":
        if (ctx.l2) {
          const l2 = ctx.l2;
          await attempt(l2, async () => {
            if (await l2.queries.models.model(c.id))
              hits.push({
                kind: "model",
                label: `model ${c.id}`,
                path: `/model/${encodeURIComponent(c.id)}`,
              });
          });
        }
        break;
    }
  }
  return { query, hits, down: [...down] };
}
