#!/usr/bin/env node
// Reads the scorer's --json summary on stdin and fails when extraction quality falls below the
// floors reached so far (CI ratchets them up as the extractor improves).
//   … | node score.mjs DIR --json | node scripts/corpus-gate.mjs --strict 0.9 --detection 0.95
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const floor = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : 0;
};
const summary = JSON.parse(readFileSync(0, "utf8"));
const checks = [
  ["strict F1", summary.strict.f1, floor("strict")],
  ["core F1", summary.core.f1, floor("core")],
  ["detection F1", summary.detection.f1, floor("detection")],
];
let failed = false;
for (const [name, value, min] of checks) {
  const ok = value >= min;
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "FAIL"} ${name} ${value.toFixed(3)} (floor ${min.toFixed(3)})`);
}
const bad = summary.evidence.invalid;
console.log(
  `${bad === 0 ? "ok  " : "FAIL"} evidence spans not matching their text: ${bad} of ${summary.evidence.total}`,
);
if (summary.missingFiles || summary.badLines) {
  console.log(`FAIL ${summary.missingFiles} files without output, ${summary.badLines} unreadable lines`);
  failed = true;
}
process.exit(failed || bad > 0 ? 1 : 0);
