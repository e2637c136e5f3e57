// The Indonesian problem catalog: message and suggestion for every problem code, by area (src/text/id/problems/).

import type { ProblemCatalog } from '../../core/problemCodes';
import { CELL_PROBLEMS } from './problems/cells';
import { CHECKIN_PROBLEMS } from './problems/checkin';
import { FORM_PROBLEMS } from './problems/forms';
import { JP_HISTORY_PROBLEMS } from './problems/jpHistory';
import { PEOPLE_PROBLEMS } from './problems/people';
import { QUESTION_PROBLEMS } from './problems/questions';
import { RESPONSE_PROBLEMS } from './problems/responses';
import { SETTING_PROBLEMS } from './problems/settings';
import { SHEET_PROBLEMS } from './problems/sheets';
import { TRAINING_PROBLEMS } from './problems/trainings';
import { SPEAKER_PROBLEMS } from './speakers';

/** Typed as the whole catalog: a code without its text fails the typecheck. */
export const PROBLEM_TEXT: ProblemCatalog = {
  ...CELL_PROBLEMS,
  ...TRAINING_PROBLEMS,
  ...PEOPLE_PROBLEMS,
  ...QUESTION_PROBLEMS,
  ...RESPONSE_PROBLEMS,
  ...FORM_PROBLEMS,
  ...SETTING_PROBLEMS,
  ...SHEET_PROBLEMS,
  ...CHECKIN_PROBLEMS,
  ...JP_HISTORY_PROBLEMS,
  ...SPEAKER_PROBLEMS,
};
