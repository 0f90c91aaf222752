#!/usr/bin/env node
// Generates static protobufjs code for every .proto under proto/strata into proto/gen/.
// `--check` regenerates into a temporary folder and fails if the committed output differs,
// so generated code can never drift from its sources.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");
const bin = join(root, "node_modules", ".bin");

function protoFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return protoFiles(path);
      return name.endsWith(".proto") ? [path] : [];
    });
}

function generate(outDir) {
  mkdirSync(outDir, { recursive: true });
  const files = protoFiles(join(root, "proto", "strata")).map((f) => relative(root, f));
  const js = join(outDir, "strata.js");
  execFileSync(
    join(bin, "pbjs"),
    [
      "-t",
      "static-module",
      "-w",
      "es6",
      "--force-number",
      "--no-verify",
      "--no-delimited",
      "--no-convert",
      "-p",
      "proto",
      "-o",
      js,
      ...files,
    ],
    { cwd: root, stdio: "inherit" },
  );
  // protobufjs is CommonJS: Node ESM needs the file extension and a default import of it.
  writeFileSync(
    js,
    readFileSync(js, "utf8").replace(
      'import * as $protobuf from "protobufjs/minimal"',
      // Decode 64-bit integers as JS numbers, as the typings (--force-number) promise: with the
      // `long` package installed, protobufjs would otherwise hand out Long objects. Only this
      // project's generated code uses protobufjs in the process.
      'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure()',
    ),
  );
  execFileSync(join(bin, "pbts"), ["-o", join(outDir, "strata.d.ts"), js], { cwd: root, stdio: "inherit" });
  return ["strata.js", "strata.d.ts"];
}

const target = join(root, "proto", "gen");
if (check) {
  const tmp = mkdtempSync(join(tmpdir(), "strata-proto-"));
  try {
    const drift = generate(tmp).filter((f) => {
      let committed = "";
      try {
        committed = readFileSync(join(target, f), "utf8");
      } catch {}
      return committed !== readFileSync(join(tmp, f), "utf8");
    });
    if (drift.length > 0) {
      console.error(`generated protobuf code is out of date: ${drift.join(", ")}; run \`npm run proto:gen\``);
      process.exit(1);
    }
    console.log("proto: generated code is up to date");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  generate(target);
  console.log("proto: generated proto/gen/strata.{js,d.ts}");
}
