import { randomUUID } from 'node:crypto';
import {
  badInput,
  formatMoney,
  mustFind,
  parseMoney,
  recordAudit,
  requireCaller,
  requiredText,
  today,
  updateVersioned,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { checkRegisteredRegion } from '../debt-access.js';
import { InstrumentEntity } from '../instrument/instrument.entity.js';
import { IncidentEntity } from './incident.entity.js';
import type { RecordDebtIncidentInput, ResolveDebtIncidentInput } from './incident.input.js';

export const incidentView = (i: IncidentEntity) => ({ ...i, amount: formatMoney(i.amount) });

export async function recordIncident(ctx: RequestContext, input: RecordDebtIncidentInput) {
  const caller = requireCaller(ctx);
  const amount = parseMoney(input.amount, 'amount');
  const response = requiredText(input.response, 'response');
  if (input.occurredOn > today()) throw badInput('occurredOn', 'DATE_IN_FUTURE', 'occurredOn cannot be in the future');
  const regionCode = await checkRegisteredRegion(ctx, input.regionCode);
  if (input.instrumentId) {
    // an id inside the input: refused on its field, as any unknown reference in an input is
    const instrument = await ctx.dataSource.manager.findOneBy(InstrumentEntity, { id: input.instrumentId });
    if (!instrument)
      throw badInput('instrumentId', 'NOT_REGISTERED', `debt instrument ${input.instrumentId} does not exist`, {
        id: input.instrumentId,
      });
    if (instrument.regionCode !== regionCode)
      throw badInput('instrumentId', 'INSTRUMENT_OF_OTHER_REGION', 'the instrument belongs to another region');
  }
  const row: IncidentEntity = {
    id: randomUUID(),
    regionCode,
    instrumentId: input.instrumentId ?? null,
    kind: input.kind,
    grade: input.grade ?? 'IV',
    occurredOn: input.occurredOn,
    amount,
    response,
    resolvedOn: null,
    resolution: null,
    recordedBy: caller.username,
    version: 1,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(IncidentEntity, row);
    await recordAudit(m, ctx, { action: 'debt.incident', entityType: 'DebtIncident', entityId: row.id, after: row });
    return incidentView(row);
  });
}

export async function resolveIncident(ctx: RequestContext, id: string, input: ResolveDebtIncidentInput) {
  const before = await mustFind(ctx.dataSource.manager.findOneBy(IncidentEntity, { id }), 'debt incident', id);
  if (before.resolvedOn) throw badInput('id', 'INCIDENT_RESOLVED', 'the incident is already resolved');
  const resolution = requiredText(input.resolution, 'resolution');
  if (input.resolvedOn > today()) throw badInput('resolvedOn', 'DATE_IN_FUTURE', 'resolvedOn cannot be in the future');
  if (input.resolvedOn < before.occurredOn)
    throw badInput('resolvedOn', 'DATE_TOO_EARLY', `resolvedOn cannot be before ${before.occurredOn}`, {
      date: before.occurredOn,
    });
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, IncidentEntity, 'debt incident', { id }, input.version, {
      resolvedOn: input.resolvedOn,
      resolution,
    });
    await recordAudit(m, ctx, {
      action: 'debt.incident-resolve',
      entityType: 'DebtIncident',
      entityId: id,
      before,
      after,
    });
    return incidentView(after);
  });
}
