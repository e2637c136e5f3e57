// Step 1: the people and the Peserta roster (who attends which training, how each NIP is typed).

import type { Cell, Rng } from '../sample-data';
import {
  BLANK_ROWS_WHAT,
  DUPLICATE_ROW_WHAT,
  GROUPS,
  PPPK_COUNT,
  REGIONAL_NAMES,
  REGULAR_COUNT,
  RESERVED_NAMES,
  ROSTER_QUIRKS,
  SPECIALS,
  type SpecialKey,
} from './cast';
import { CODES, T1, T2 } from './content';
import { People, type Person } from './people';
import type { Enrolment, Plant } from './types';

export interface Cast {
  people: People;
  special: Record<SpecialKey, Person>;
  keyOf: Map<Person, SpecialKey>;
  /** Regular people per group of GROUPS (specials first). */
  groups: Person[][];
}

/** Draws everyone: the specials, then the regular people, then who is in which group. */
export function castPeople(rng: Rng): Cast {
  const people = new People(rng);
  people.reserve(...RESERVED_NAMES);
  const special = {} as Record<SpecialKey, Person>;
  const keyOf = new Map<Person, SpecialKey>();
  for (const k of Object.keys(SPECIALS) as SpecialKey[]) {
    special[k] = people.add(SPECIALS[k]);
    keyOf.set(special[k], k);
  }
  const regular: Person[] = [];
  for (const [base, gender] of REGIONAL_NAMES) regular.push(people.add({ base, gender }));
  for (let i = 0; i < PPPK_COUNT; i++) regular.push(people.add({ pppk: true }));
  while (regular.length < REGULAR_COUNT) regular.push(people.add());
  const shuffled = rng.shuffle(regular);
  const groups = GROUPS.map((g) => [...g.specials.map((k) => special[k]), ...shuffled.splice(0, g.drawn)]);
  return { people, special, keyOf, groups };
}

export const isSpecial = (cast: Cast, p: Person) => cast.keyOf.has(p);

function enrolRow(rng: Rng, cast: Cast, p: Person, code: string, plant: Plant): Enrolment {
  const k = cast.keyOf.get(p);
  const quirk = k ? ROSTER_QUIRKS[k] : undefined;
  const applies = quirk && (!quirk.only || quirk.only === code) ? quirk : undefined;
  const nipCell: Cell = !applies?.nipAs ? p.nip : applies.nipAs === 'number' ? Number(p.nip) : applies.nipAs;
  const status = rng.chance(0.15) ? null : p.status;
  const row: Cell[] = [code, nipCell, p.name, p.job, p.pangkat, p.unit, p.email || null, status];
  if (applies) plant('Peserta', row, applies.column, applies.level, applies.what);
  return { p, code, nipCell, nip: p.nip, row };
}

/** A later row repeats someone with the name typed without titles; returns that person. */
function listTwice(cast: Cast, block: Cell[][], enrolled: readonly Enrolment[], plant: Plant): Person {
  const v = enrolled.find((e) => !isSpecial(cast, e.p) && e.p.status === 'PNS')!.p;
  const dup: Cell[] = [T1, v.nip, v.base, v.job, v.pangkat, v.unit, v.email || null, 'PNS'];
  block.splice(block.length - 3, 0, dup);
  plant('Peserta', dup, 'NIP', 'Error', DUPLICATE_ROW_WHAT(v.nip));
  return v;
}

/** Two blank rows in the middle of the block, as left after deleting rows by hand. */
function blankRows(block: Cell[][], plant: Plant): void {
  const blank1: Cell[] = [];
  block.splice(Math.floor(block.length / 2), 0, blank1, []);
  plant('Peserta', blank1, '', 'Bukan masalah', BLANK_ROWS_WHAT);
}

export interface Roster {
  enrol: Record<string, Enrolment[]>;
  rows: Cell[][];
  /** The DOU-2026-01 participant listed twice. */
  listedTwice: Person;
}

/** The Peserta rows, training by training, each roster in shuffled order. */
export function enrolAll(rng: Rng, cast: Cast, plant: Plant): Roster {
  const enrol: Record<string, Enrolment[]> = {};
  const rows: Cell[][] = [];
  let listedTwice: Person | null = null;
  for (const code of CODES) {
    const members = rng.shuffle(GROUPS.flatMap((g, i) => (g.codes.includes(code) ? cast.groups[i] : [])));
    const block: Cell[][] = [];
    enrol[code] = members.map((p) => {
      const e = enrolRow(rng, cast, p, code, plant);
      block.push(e.row);
      return e;
    });
    if (code === T1) listedTwice = listTwice(cast, block, enrol[code], plant);
    if (code === T2) blankRows(block, plant);
    rows.push(...block);
  }
  return { enrol, rows, listedTwice: listedTwice! };
}
