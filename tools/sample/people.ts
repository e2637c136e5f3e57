// Draws the sample's people: names with Indonesian titles, PNS/PPPK NIPs, units, jobs and e-mail addresses.

import {
  FEMALE_FIRST,
  FEMALE_LAST,
  GOLONGAN,
  type JobDef,
  MALE_FIRST,
  MALE_LAST,
  MS,
  PPPK_JOBS,
  pangkatText,
  pnsNip,
  pppkNip,
  type Rng,
  randomBirth,
  SOS,
  UNITS,
  type Ymd,
} from '../sample-data';

export interface Person {
  id: number;
  base: string;
  name: string;
  gender: 1 | 2;
  nip: string;
  status: 'PNS' | 'PPPK';
  job: string;
  pangkat: string;
  unit: string;
  email: string;
  formEmail: string;
}

export interface PersonOpts {
  base?: string;
  gender?: 1 | 2;
  name?: string;
  unit?: string;
  job?: string;
  nip?: string;
  birth?: Ymd;
  tmt?: [number, number];
  pppk?: boolean;
  noEmail?: boolean;
}

const ascii = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

export class People {
  private readonly bases = new Set<string>();
  private readonly nips = new Set<string>();
  private readonly emails = new Set<string>();
  readonly all: Person[] = [];
  constructor(private readonly rng: Rng) {}

  /** Keeps drawn names clear of the speakers' and signers' names. */
  reserve(...bases: string[]): void {
    for (const b of bases) this.bases.add(b);
  }

  private baseName(gender: 1 | 2): string {
    for (;;) {
      const first = this.rng.pick(gender === 1 ? MALE_FIRST : FEMALE_FIRST);
      const last = this.rng.pick(gender === 1 ? MALE_LAST : FEMALE_LAST);
      const mid = this.rng.chance(0.2) ? ` ${this.rng.pick(gender === 1 ? MALE_FIRST : FEMALE_FIRST)}` : '';
      const b = `${first}${mid} ${last}`;
      if (first !== mid.trim() && !this.bases.has(b) && first !== last) return b;
    }
  }

  private titled(
    base: string,
    gender: 1 | 2,
    job: JobDef | null,
    pppkDegrees: readonly string[],
    birthY: number,
  ) {
    const pre: string[] = [];
    const post: string[] = [];
    const r = this.rng;
    if (job?.title.startsWith('Dokter')) {
      pre.push('dr.');
      if (r.chance(0.5)) post.push('M.Kes.');
    } else if (!job) {
      if (pppkDegrees.length) {
        const d = r.pick(pppkDegrees);
        if (d === 'S.Kep.') pre.push('Ns.');
        post.push(d);
      }
    } else if (job.edu === 'S1' || job.edu === 'S2') {
      const bachelor = r.pick(job.degrees ?? SOS);
      if (birthY <= 1969 && /^S\.(Sos|E|AP|IP)\.$/.test(bachelor) && r.chance(0.6))
        pre.push(gender === 1 ? 'Drs.' : 'Dra.');
      else {
        if (bachelor === 'S.Kep.') pre.push('Ns.');
        post.push(bachelor);
      }
      if (job.edu === 'S2' ? r.chance(0.85) : job.masters && r.chance(0.15))
        post.push(r.pick(job.masters ?? MS));
    } else if (job.edu === 'D3') post.push(r.pick(job.degrees ?? ['A.Md.']));
    if (birthY <= 1980 && r.chance(0.15)) pre.push(gender === 1 ? 'H.' : 'Hj.');
    return [...pre, base].join(' ') + (post.length ? `, ${post.join(', ')}` : '');
  }

  add(o: PersonOpts = {}): Person {
    const r = this.rng;
    const gender = o.gender ?? (r.chance(0.5) ? 1 : 2);
    const base = o.base ?? this.baseName(gender);
    this.bases.add(base);
    const pppk = o.pppk ?? false;
    let unit: string;
    let jobTitle: string;
    let pangkat: string;
    let nip: string;
    let birthY: number;
    let jobDef: JobDef | null = null;
    let pppkDegrees: readonly string[] = [];
    if (pppk) {
      const pj = r.pick(PPPK_JOBS);
      unit = o.unit ?? pj.unit;
      jobTitle = o.job ?? pj.title;
      pangkat = `Golongan ${pj.gol}`;
      pppkDegrees = pj.degrees;
      const b = o.birth ?? randomBirth(r, 1982, 2000);
      birthY = b.y;
      const tmt = Math.max(r.int(2021, 2025), b.y + 21);
      nip = o.nip ?? pppkNip(b, tmt, r.int(1, 2), gender, r.int(1, 180));
    } else {
      const u = o.unit ? UNITS.find((x) => x.unit === o.unit)! : r.pick(UNITS);
      unit = u.unit;
      jobDef = o.job ? (u.jobs.find((j) => j.title === o.job) ?? u.jobs[0]) : r.pick(u.jobs);
      jobTitle = jobDef.title;
      const years = o.tmt ? 2026 - o.tmt[0] : r.int(jobDef.years[0], jobDef.years[1]);
      let tmtY = Math.min(2025, 2026 - years);
      const age = jobDef.edu === 'SMA' ? r.int(20, 26) : jobDef.edu === 'D3' ? r.int(21, 28) : r.int(23, 30);
      const b: Ymd = o.birth ?? {
        ...randomBirth(r, 1965, 2000),
        y: Math.min(2000, Math.max(1965, tmtY - age)),
      };
      if (b.m === 2 && b.d > 28) b.d = 28;
      tmtY = Math.max(tmtY, b.y + 20);
      birthY = b.y;
      const g = Math.min(
        jobDef.gol[1],
        jobDef.gol[0] + Math.floor(Math.max(0, 2026 - tmtY - jobDef.years[0]) / 4),
      );
      pangkat = pangkatText(Math.min(g, GOLONGAN.length - 1));
      nip = o.nip ?? pnsNip(b, tmtY, o.tmt?.[1] ?? r.int(1, 12), gender, r.chance(0.85) ? 1 : r.int(2, 4));
    }
    if (this.nips.has(nip)) return this.add(o);
    this.nips.add(nip);
    const name = o.name ?? this.titled(base, gender, jobDef, pppkDegrees, birthY);
    const toks = base.split(' ').filter((t) => ascii(t).length > 1);
    let local = `${ascii(toks[0] ?? 'asn')}.${ascii(toks[toks.length - 1] ?? 'asn')}`;
    while (this.emails.has(local)) local += r.int(1, 9);
    this.emails.add(local);
    const email = o.noEmail || r.chance(0.15) ? '' : `${local}@probolinggokota.go.id`;
    const formEmail = email || `${local.replace('.', '')}${r.int(10, 99)}@gmail.com`;
    const p: Person = {
      id: this.all.length,
      base,
      name,
      gender,
      nip,
      status: pppk ? 'PPPK' : 'PNS',
      job: jobTitle,
      pangkat,
      unit,
      email,
      formEmail,
    };
    this.all.push(p);
    return p;
  }
}
