#!/usr/bin/env node
// The two seed articles the project started from must come out exactly: reads the extract
// command's JSON lines on stdin and compares each file's records with the expected list.
//   npm run --silent extract -- ../shared/seeds/*.txt | node scripts/seed-gate.mjs .ci/seeds-expected.json
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const expected = JSON.parse(readFileSync(process.argv[2], "utf8"));
const fields = (r) => [r.awardee, r.awardeeType, r.rank, r.category, r.scope, r.province, r.year];
const key = (row) => JSON.stringify(row);
let failed = false;
const seen = new Set();
for (const line of readFileSync(0, "utf8").split("\n").filter(Boolean)) {
  const out = JSON.parse(line);
  const name = basename(out.file);
  seen.add(name);
  const want = (expected[name] ?? []).map(key).sort();
  const got = (out.records ?? []).map((r) => key(fields(r))).sort();
  const ok = out.isAwardArticle === true && JSON.stringify(want) === JSON.stringify(got);
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "FAIL"} seed ${name}: ${got.length} records (expected ${want.length})`);
  if (!ok) {
    for (const k of want.filter((k) => !got.includes(k))) console.log(`  missed   ${k}`);
    for (const k of got.filter((k) => !want.includes(k))) console.log(`  spurious ${k}`);
  }
}
for (const name of Object.keys(expected).filter((n) => !seen.has(n))) {
  console.log(`FAIL seed ${name}: no output`);
  failed = true;
}
process.exit(failed ? 1 : 0);
