// Every en-US string, by area: loaded only when someone switches to English.
import { common } from './common';
import { procurement } from './procurement';
import { credit } from './credit';
import { directory } from './directory';
import { dashboard } from './dashboard';
import { debt } from './debt';
import { investment } from './investment';
import { calendar } from './calendar';
import { rectification } from './rectification';
import { supervision } from './supervision';
import { evaluation } from './evaluation';
import { complaint } from './complaint';
import { casework } from './casework';
import { audit } from './audit';
import { system } from './system';

export const enUS = {
  ...common,
  ...procurement,
  ...credit,
  ...directory,
  ...dashboard,
  ...debt,
  ...investment,
  ...calendar,
  ...rectification,
  ...supervision,
  ...evaluation,
  ...complaint,
  ...casework,
  ...audit,
  ...system,
};
