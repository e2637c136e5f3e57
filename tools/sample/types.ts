// Shapes shared by the sample generator's steps.

import type { OptionLetter } from '../../src/core/model';
import type { Cell, PlantedProblem, SheetSpec } from '../sample-data';
import type { Person } from './people';

/** One roster row of one training. */
export interface Enrolment {
  p: Person;
  code: string;
  /** The NIP cell as typed in Peserta (a number, spaces or dots where planted). */
  nipCell: Cell;
  /** The NIP the person types in forms and the admin types in other sheets. */
  nip: string;
  row: Cell[];
}

/** What the generator makes of one DOU-2026-01 participant: points in the forms, typed figures, absences. */
export interface ScorePlan {
  /** Weighted points of the pre-/post-test response; null = no response. */
  prePts?: number | null;
  postPts?: number | null;
  /** A figure the admin types in Nilai. */
  preTyped?: number;
  postTyped?: number;
  activity: number | null;
  task: number | null;
  /** Session numbers missed. */
  absent: number[];
  /** The "Why" column of the expected ranking in examples/README.md. */
  note?: string;
}

/** One quiz response before it becomes a row. */
export interface Resp {
  e: Enrolment;
  nipCell: Cell;
  /** Weighted points the answers earn. */
  pts: number;
  answers: OptionLetter[];
  time?: Date;
  /** The written row, once the sheet is made (to locate planted problems). */
  row?: Cell[];
}

/** Records a planted problem on a row object; its sheet row number is resolved once every sheet is built. */
export type Plant = (
  sheet: string,
  ref: Cell[],
  column: string,
  level: PlantedProblem['level'],
  what: string,
) => void;

/** The sample's sheets and what the generator knows about them. */
export interface SampleBuild {
  sheets: SheetSpec[];
  planted: PlantedProblem[];
  /** NIP of each designed DOU-2026-01 participant, by key of DESIGNED_01. */
  designedNip: Map<string, string>;
  /** By NIP: the "Why" note of the designed ranking. */
  notes: Map<string, string>;
  /** By NIP: when the person's own post-test response of DOU-2026-01 was sent; null when the admin typed it. */
  postSent: Map<string, Date | null>;
}

/** One row of the expected ranking of DOU-2026-01, as the reference implementation computes it. */
export interface ExpectedRank {
  rank: number;
  nip: string;
  name: string;
  pre: number | null;
  post: number;
  gain: number | null;
  activity: number | null;
  task: number | null;
  attendance: number | null;
  final: number;
  postTime: Date | null;
  note: string;
}

/** What test/reference/reference.ts computes from the sample workbook, for the README and the tests. */
export interface Expected {
  expectedRanking01: ExpectedRank[];
  /** Per valid NIP: JP credited in 2026 (default settings: Pengakuan JP = Bersertifikat). */
  expectedJp: Map<string, number>;
  trainingJp: Record<string, number>;
}

export type SampleDataset = SampleBuild & Expected & { bytes: Buffer };
