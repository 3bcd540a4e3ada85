// Refiner: who gives, holds or loses is no winner. Names before an active giving verb
// ("Gubernur Bali menyerahkan …"), names right after a passive one with its agent
// ("diselenggarakan Pemerintah Provinsi X", "diserahkan oleh Pemkot Y"), and names after a
// defeat word ("mengalahkan Kabupaten Z"). The agent of any other passive verb in a relative
// clause runs something ("program yang dijalankan Pemkot Y"); a winning one ("yang diraih X")
// keeps its winner.
import type { AwardeeMention } from "../awardees";
import type { Tokens } from "../tokens";
import { DEFEAT, firstWithKind, GIVER, kindOf, ORDER, WIN } from "../word-kinds";

/** Passive verbs whose agent, written right after them, gives or holds the award. */
const PASSIVE_GIVING = new Set(["diselenggarakan", "digelar", "diadakan", "diserahkan", "dianugerahkan"]);

/** Whether the awardee is the agent of a passive giving verb: "diselenggarakan (oleh) |X". */
function agentOfPassive(tokens: Tokens, a: AwardeeMention): boolean {
  let k = a.from - 1;
  if (tokens.lower(k) === "oleh") k--;
  while (k >= 0 && k >= a.from - 3 && tokens.lower(k) === "langsung") k--;
  const verb = tokens.lower(k);
  if (PASSIVE_GIVING.has(verb)) return true;
  return (
    tokens.lower(k - 1) === "yang" &&
    verb.startsWith("di") &&
    verb.length > 5 &&
    !(kindOf(tokens, k) & (WIN | ORDER))
  );
}

export function dropGiversAndBeaten(tokens: Tokens, awardees: AwardeeMention[]): AwardeeMention[] {
  const giverAt = firstWithKind(tokens, GIVER);
  const defeatAt = firstWithKind(tokens, DEFEAT);
  return awardees.filter(
    (a) =>
      !(giverAt >= 0 && a.to <= giverAt) &&
      !(defeatAt >= 0 && a.from > defeatAt) &&
      !agentOfPassive(tokens, a),
  );
}
