// Pemanggilan (issue 15 item 4), the published rule, pure: for a planned training, N participants per unit chosen
// from the ASN still below the JP target. Order within a unit: the largest shortfall first; then who has had no
// training in the 12 months before the planned start (or none at all); then the NIP (text order, so a tie is
// always broken the same way). Never chosen: whoever was invited to this training already (the Undangan ledger), is
// already a participant of it, has reached the target, or has no valid NIP.

/** One ASN below the target, as the selection needs them. */
export interface InviteCandidate {
  nip: string;
  name: string;
  unit: string;
  /** JP still missing to the target (> 0). */
  shortfall: number;
  /** When their latest training ended (ms), null when they have none. */
  lastTraining: number | null;
}

export interface InviteRequest {
  /** The planned training's start (ms): "the last 12 months" are counted back from it. */
  plannedStart: number;
  /** How many to invite per unit (a whole number ≥ 0). */
  perUnit: number;
  /** NIPs already invited to this training, or already its participants. */
  excluded: ReadonlySet<string>;
}

/** 12 months back from a time, on the calendar (the same day of the month a year before). */
export function yearBefore(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()).getTime();
}

/** Whether a candidate had no training in the 12 months before the planned start. */
export const untrainedRecently = (c: Pick<InviteCandidate, 'lastTraining'>, plannedStart: number): boolean =>
  c.lastTraining === null || c.lastTraining < yearBefore(plannedStart);

/** The rule's order of two candidates of one unit (negative: `a` first). */
export function inviteOrder(a: InviteCandidate, b: InviteCandidate, plannedStart: number): number {
  if (a.shortfall !== b.shortfall) return b.shortfall - a.shortfall;
  const ra = untrainedRecently(a, plannedStart);
  const rb = untrainedRecently(b, plannedStart);
  if (ra !== rb) return ra ? -1 : 1;
  return a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0;
}

/** The chosen per unit, units in text order, each unit's in the rule's order. */
export function chooseInvitees(
  candidates: readonly InviteCandidate[],
  req: InviteRequest,
): Array<{ unit: string; chosen: InviteCandidate[] }> {
  const perUnit = Math.max(0, Math.floor(req.perUnit));
  const byUnit = new Map<string, InviteCandidate[]>();
  const seen = new Set<string>();
  for (const c of candidates) {
    if (!(c.shortfall > 0) || req.excluded.has(c.nip) || seen.has(c.nip)) continue;
    seen.add(c.nip);
    const list = byUnit.get(c.unit) ?? [];
    list.push(c);
    byUnit.set(c.unit, list);
  }
  return [...byUnit.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((unit) => ({
      unit,
      chosen: (byUnit.get(unit) as InviteCandidate[])
        .sort((a, b) => inviteOrder(a, b, req.plannedStart))
        .slice(0, perUnit),
    }));
}
