/**
 * The page's script, bundled from `explorer/web/main.ts` with esbuild when the explorer starts (in
 * memory, a fraction of a second): no build step, no network, never stale.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { ExplorerError, ExplorerErrorCode } from "./errors.js";

/** The bundled page: one ES module and one stylesheet. */
export interface PageBundle {
  js: Uint8Array;
  css: Uint8Array;
}

const ENTRY = fileURLToPath(new URL("../web/main.ts", import.meta.url));

/**
 * Bundles the page.
 * @throws ExplorerError bundleFailed naming esbuild's first error.
 */
export async function bundlePage(): Promise<PageBundle> {
  try {
    const out = await build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: "esm",
      target: "es2022",
      platform: "browser",
      minify: true,
      outdir: "/out",
      loader: { ".css": "css" },
      logLevel: "silent",
    });
    const js = out.outputFiles.find((f) => f.path.endsWith(".js"));
    const css = out.outputFiles.find((f) => f.path.endsWith(".css"));
    if (!js || !css) throw new Error("esbuild produced no script or stylesheet");
    return { js: js.contents, css: css.contents };
  } catch (err) {
    const first = (err as { errors?: { text: string }[] }).errors?.[0]?.text ?? (err as Error).message;
    throw new ExplorerError(ExplorerErrorCode.bundleFailed, `cannot bundle the explorer page: ${first}`);
  }
}
