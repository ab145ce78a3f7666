import { today, validateUscc, type RequestContext } from '@integrity/subgraph-kit';
import { loadServant } from '../civil-servant/civil-servant.service.js';
import { recordsOfSubject } from '../record/record.service.js';
import { eligibility, isActiveDishonesty } from '../rules/eligibility.js';
import type { SubjectType } from '../rules/publicity.js';

/** Who may check — services, credit readers, PROCUREMENT and INVESTMENT officers — is declared on `creditCheck`. */
export async function creditCheck(ctx: RequestContext, subjectType: SubjectType, subjectId: string) {
  const id = subjectType === 'ENTERPRISE' ? validateUscc(subjectId, 'subjectId') : subjectId;
  const onDate = today();
  const records = await recordsOfSubject(ctx, subjectType, id);
  const active = records.filter((r) => isActiveDishonesty(r, onDate));
  const serious = active.filter((r) => r.severity === 'SERIOUS');
  const subjectName =
    subjectType === 'CIVIL_SERVANT'
      ? ((await loadServant(ctx, id))?.name ?? records[0]?.subjectName ?? null)
      : (records[0]?.subjectName ?? null);
  const { eligible, reasons } = eligibility(records, onDate);
  return {
    subjectType,
    subjectId: id,
    subjectName,
    restricted: serious.length > 0,
    activeDishonestyCount: active.length,
    activeSeriousCount: serious.length,
    underObjectionCount: records.filter((r) => r.underObjection).length,
    eligibleForHonors: eligible,
    reasons,
    checkedOn: onDate,
  };
}
