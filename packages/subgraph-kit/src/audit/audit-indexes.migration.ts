import { indexMigration } from '../index-migration.js';

/**
 * Every subgraph's audit trail, asked for one entity's changes by its id alone (as an administrator or an
 * integrator does), read the whole log: ix_audit_entity leads with the entity type. This one serves that filter in the list's order.
 */
export const KitAuditIndexes1764748800300 = indexMigration('KitAuditIndexes1764748800300', [
  ['audit_log', 'ix_audit_entity_id_at', ['entity_id', 'at'], '<subgraph>AuditTrail(entityId)'],
]);
