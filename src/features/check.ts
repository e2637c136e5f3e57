// "Periksa Data": reads every input sheet once, validates the contract and the rules' inputs, writes `Masalah`.

import { SHEETS } from '../core/schema';
import type { CheckResult } from '../shared/rpc';
import { ADDON_TITLE } from '../shared/strings';
import { PANEL_TEXT } from '../text/id/panel';
import type { Port } from './port';
import { problemSummary, problemViews, writeProblems } from './problemsSheet';
import { computeAll } from './results';

/** The data check runs every rule on the current data (responses included) and reports, writing no results. */
export function runCheck(port: Port): CheckResult {
  const { loaded } = computeAll(port);
  const { wb, problems } = loaded;
  const withSessions = new Set(wb.sessions.map((s) => s.trainingCode));
  const withParticipants = new Set(wb.participants.map((p) => p.trainingCode));
  const at = (row: number) => ({ sheet: SHEETS.trainings.name, row, column: 'Kode' });
  for (const t of wb.trainings) {
    if (!withSessions.has(t.code)) {
      problems.add('training.noSessions', at(t.src.row), { code: t.code });
    }
    if (!withParticipants.has(t.code)) {
      problems.add('training.noParticipants', at(t.src.row), { code: t.code });
    }
  }
  writeProblems(port, problems);
  const summary = PANEL_TEXT.checkDone(problemSummary(problems));
  port.workbook.toast(summary, ADDON_TITLE, 8);
  return {
    errors: problems.errors,
    warnings: problems.warnings,
    trainings: wb.trainings.map((t) => ({ code: t.code, theme: t.theme })),
    participants: wb.participants.length,
    problems: problemViews(problems),
    message: summary,
  };
}
