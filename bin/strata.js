#!/usr/bin/env node
// Entry point of the `strata` command. The sources are TypeScript run through tsx's loader,
// so a fresh `npm ci` is all a user needs: there is no separate build step to forget.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
