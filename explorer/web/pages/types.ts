import type { LiveEvent } from "../../shared/api.js";

/** What a page renders: its view, and optionally what it does with live events. */
export interface Rendered {
  view: Node;
  live?: (e: LiveEvent) => void;
  /** Go to this path instead (a search with exactly one hit). */
  redirect?: string;
}

/** A page: the path's captures and query string → its view. */
export type Page = (m: string[], query: URLSearchParams) => Promise<Rendered>;
