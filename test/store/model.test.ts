// Model-based test of the store's rules (issue 13): random sequences of saves (random readings of a
// few articles), corrections, rejections, restorations, additions by hand, merges, re-reads and
// imports of an earlier backup, run against the real store (fake-indexeddb) and a small model of
// what the reader did. After every step: at most one active record per award; every field the
// reader corrected holds the reader's value; every article whose last reading stated an award is
// still a source somewhere; nothing the reader rejected is active, nothing restored is rejected.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_GROUPS } from "../../lib/records/merge";
import { sameAwardKey } from "../../lib/records/same-award";
import type { AwardFields, StoredRecord } from "../../lib/records/schema";
import { type AwardStore, type Backup, openAwardStore } from "../../lib/store";
import { freshDbName, GIANYAR_FIELDS, toSave } from "../fixtures/records";

type FieldName = keyof AwardFields;
// Fields that travel together (a rank and its label): the rules decide by group.
const GROUPS = FIELD_GROUPS;

const URLS = ["https://a.example/berita/1", "https://b.example/berita/2", "https://c.example/berita/3"];
const article = (i: number) => ({
  url: URLS[i] as string,
  title: `Artikel ${i}`,
  site: null,
  publishedAt: null,
});

const awardArb = fc.record({
  awardee: fc.constantFrom("Kabupaten Gianyar", "Kabupaten Badung"),
  year: fc.constantFrom(2023, 2024, null),
  rank: fc.constantFrom(1, 2, null),
});
type Award = typeof awardArb extends fc.Arbitrary<infer T> ? T : never;
const fieldsOf = (a: Award): AwardFields => ({
  ...GIANYAR_FIELDS,
  awardee: a.awardee,
  year: a.year,
  rank: a.rank,
  rankLabel: a.rank === null ? null : `juara ${a.rank}`,
});

interface Fact {
  value: unknown;
  at: number;
}
interface Facts {
  fields: Map<FieldName, Fact>;
  rejected?: Fact;
}
interface Model {
  step: number;
  facts: Map<string, Facts>;
  /** How many awards each article's last reading stated. */
  readings: Map<string, number>;
  backups: Backup[];
}
interface Real {
  store: AwardStore;
}

const factsOf = (m: Model, id: string): Facts => {
  let f = m.facts.get(id);
  if (!f) {
    f = { fields: new Map() };
    m.facts.set(id, f);
  }
  return f;
};

/** The reader's values of a record folded away go to the record that took it in (merge.ts's rule). */
function absorbFacts(m: Model, keepId: string, otherId: string, rule: "keep" | "decisions"): void {
  const other = m.facts.get(otherId);
  m.facts.delete(otherId);
  if (!other) return;
  const keep = factsOf(m, keepId);
  for (const group of GROUPS) {
    const keepAt = Math.max(-1, ...group.map((f) => keep.fields.get(f)?.at ?? -1));
    const otherAt = Math.max(-1, ...group.map((f) => other.fields.get(f)?.at ?? -1));
    if (otherAt < 0) continue;
    if (keepAt >= 0 && (rule === "keep" || keepAt >= otherAt)) continue;
    for (const f of group) {
      keep.fields.delete(f);
      const fact = other.fields.get(f);
      if (fact) keep.fields.set(f, fact);
    }
  }
  if (rule === "decisions" && other.rejected && (!keep.rejected || other.rejected.at > keep.rejected.at)) {
    keep.rejected = other.rejected;
  }
}

async function all(store: AwardStore): Promise<StoredRecord[]> {
  return (await store.exportBackup()).records;
}

/** Records that vanished in a step were folded: their facts follow the record that absorbed them. */
async function followFolds(
  m: Model,
  store: AwardStore,
  before: readonly StoredRecord[],
  rule: "keep" | "decisions",
) {
  const after = await all(store);
  const ids = new Set(after.map((r) => r.id));
  for (const gone of before.filter((r) => !ids.has(r.id))) {
    const into = after.find((r) => r.absorbed?.includes(gone.id));
    if (m.facts.has(gone.id)) {
      expect(into, `record ${gone.id} with the reader's changes vanished`).toBeDefined();
      if (into) absorbFacts(m, into.id, gone.id, rule);
    }
  }
}

async function checkInvariants(m: Model, store: AwardStore): Promise<void> {
  const records = await all(store);
  const active = records.filter((r) => r.status !== "rejected");
  const keys = active.map((r) => sameAwardKey(r));
  expect(new Set(keys).size, "two active records of one award").toBe(keys.length);
  for (const [id, facts] of m.facts) {
    const record = records.find((r) => r.id === id);
    expect(record, `record ${id} the reader changed is gone`).toBeDefined();
    if (!record) continue;
    for (const [field, fact] of facts.fields) expect(record[field], `${id}.${field}`).toEqual(fact.value);
    if (facts.rejected) expect(record.status === "rejected", `${id} status`).toBe(facts.rejected.value);
  }
  for (const [url, count] of m.readings) {
    if (count === 0) continue;
    expect(
      records.some((r) => r.sources.some((s) => s.url === url)),
      `${url} is no source`,
    ).toBe(true);
  }
}

type Cmd = fc.AsyncCommand<Model, Real>;
const pick = (records: readonly StoredRecord[], i: number) => records[i % records.length];

class Save implements Cmd {
  constructor(
    readonly at: number,
    readonly awards: Award[],
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.step++;
    const url = URLS[this.at] as string;
    await r.store.saveArticle(
      article(this.at),
      this.awards.map((a) => toSave(fieldsOf(a))),
    );
    m.readings.set(url, this.awards.length);
    await checkInvariants(m, r.store);
  }
  toString = () => `save(${this.at}, ${JSON.stringify(this.awards)})`;
}

class Correct implements Cmd {
  constructor(
    readonly which: number,
    readonly patch: Partial<AwardFields>,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.step++;
    const before = await all(r.store);
    const record = pick(before, this.which);
    if (!record) return;
    await r.store.correct(record.id, this.patch);
    const patch = { ...this.patch };
    if (patch.rank !== undefined && patch.rank !== record.rank && patch.rankLabel === undefined)
      patch.rankLabel = null;
    // A correction that changes nothing is no correction.
    for (const [f, v] of Object.entries(patch) as [FieldName, unknown][]) {
      if (v !== record[f]) factsOf(m, record.id).fields.set(f, { value: v, at: m.step });
    }
    await followFolds(m, r.store, before, "keep");
    await checkInvariants(m, r.store);
  }
  toString = () => `correct(${this.which}, ${JSON.stringify(this.patch)})`;
}

class Decide implements Cmd {
  constructor(
    readonly which: number,
    readonly rejected: boolean,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.step++;
    const record = pick(await all(r.store), this.which);
    if (!record) return;
    await (this.rejected ? r.store.reject(record.id) : r.store.restore(record.id));
    if ((record.status === "rejected") !== this.rejected) {
      factsOf(m, record.id).rejected = { value: this.rejected, at: m.step };
    }
    await checkInvariants(m, r.store);
  }
  toString = () => `${this.rejected ? "reject" : "restore"}(${this.which})`;
}

class AddByHand implements Cmd {
  constructor(readonly award: Award) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.step++;
    const before = await all(r.store);
    const fields = fieldsOf(this.award);
    const { record, existed } = await r.store.addRecord({ fields });
    const old = existed ? before.find((b) => b.id === record.id) : undefined;
    const facts = factsOf(m, record.id);
    const filled = Object.entries(fields).filter(([, v]) => v !== null) as [FieldName, unknown][];
    for (const [f, v] of filled) facts.fields.set(f, { value: v, at: m.step });
    if (old && fields.rank !== null && fields.rank !== old.rank && fields.rankLabel === null) {
      facts.fields.set("rankLabel", { value: null, at: m.step });
    }
    await checkInvariants(m, r.store);
  }
  toString = () => `add(${JSON.stringify(this.award)})`;
}

class Merge implements Cmd {
  constructor(
    readonly keep: number,
    readonly other: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.step++;
    const before = await all(r.store);
    const keep = pick(before, this.keep);
    const other = pick(before, this.other);
    if (!keep || !other || keep.id === other.id) return;
    await r.store.mergeRecords(keep.id, other.id);
    // The reader's merge decides: the kept record's values and status stand, now.
    const keepFacts = factsOf(m, keep.id);
    for (const group of GROUPS) {
      for (const f of group) {
        const fact = keepFacts.fields.get(f);
        if (fact && m.facts.get(other.id)?.fields.has(f)) keepFacts.fields.set(f, { ...fact, at: m.step });
      }
    }
    if (m.facts.get(other.id)?.rejected || other.status === "rejected") {
      keepFacts.rejected = { value: keep.status === "rejected", at: m.step };
    }
    absorbFacts(m, keep.id, other.id, "keep");
    await followFolds(
      m,
      r.store,
      before.filter((b) => b.id !== other.id),
      "keep",
    );
    await checkInvariants(m, r.store);
  }
  toString = () => `merge(${this.keep}, ${this.other})`;
}

class Export implements Cmd {
  check = () => true;
  async run(m: Model, r: Real) {
    m.step++;
    m.backups.push(await r.store.exportBackup());
  }
  toString = () => "export()";
}

class ImportEarlier implements Cmd {
  constructor(readonly which: number) {}
  check = (m: Readonly<Model>) => m.backups.length > 0;
  async run(m: Model, r: Real) {
    m.step++;
    const before = await all(r.store);
    await r.store.importBackup(m.backups[this.which % m.backups.length]);
    await followFolds(m, r.store, before, "decisions");
    await checkInvariants(m, r.store);
  }
  toString = () => `import(${this.which})`;
}

const patchArb: fc.Arbitrary<Partial<AwardFields>> = fc.oneof(
  fc.record({ awardee: fc.constantFrom("Kabupaten Gianyar", "Kabupaten Badung") }),
  fc.record({ year: fc.constantFrom(2023, 2024) }),
  fc.record({ rank: fc.constantFrom(1, 2, 3) }),
);

const commands = [
  fc.tuple(fc.nat(2), fc.array(awardArb, { maxLength: 2 })).map(([at, awards]) => new Save(at, awards)),
  fc.tuple(fc.nat(9), patchArb).map(([i, patch]) => new Correct(i, patch)),
  fc.tuple(fc.nat(9), fc.boolean()).map(([i, rejected]) => new Decide(i, rejected)),
  awardArb.map((a) => new AddByHand(a)),
  fc.tuple(fc.nat(9), fc.nat(9)).map(([a, b]) => new Merge(a, b)),
  fc.constant(new Export()),
  fc.nat(5).map((i) => new ImportEarlier(i)),
];

describe("the store's rules, as random sequences of what a reader does", () => {
  it("keeps its invariants after every step", async () => {
    let clock = 1_000;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 20 }), async (cmds) => {
        const store = await openAwardStore(freshDbName(), { now: () => clock++ });
        try {
          await fc.asyncModelRun(
            () => ({
              model: { step: 0, facts: new Map(), readings: new Map(), backups: [] },
              real: { store },
            }),
            cmds,
          );
        } finally {
          store.close();
        }
      }),
      // Sized for a shared 2-core machine: a few seconds.
      { numRuns: 150 },
    );
  }, 120_000);
});
