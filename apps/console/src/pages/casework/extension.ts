// Whether the inbox offers 延期 on a case: the server's own conditions (casework extendCase), mirrored so the
// button shows only where it can succeed; the server still decides and its refusal is shown translated.
import { chinaDate, extensionInTime } from '@integrity/rules';
import { graphql } from '../../gql';

export const CASE_DEADLINE_RULES = graphql(`
  query CaseDeadlineRules {
    caseDeadlineRules {
      id
      kind
      stage
      extensionAmount
      effectiveFrom
    }
  }
`);

export interface ExtensionRule {
  kind: string;
  stage: string;
  extensionAmount?: number | null;
  effectiveFrom: string;
}

export interface ExtensionFacts {
  kind: string;
  status: string;
  receivedOn: string;
  replyDeadline?: string | null;
  extendedOn?: string | null;
}

/** The reply rule in force for a case received on that day: the latest version effective by then. */
export function replyRuleOf<R extends ExtensionRule>(rules: readonly R[], kind: string, receivedOn: string): R | null {
  return (
    rules
      .filter((r) => r.kind === kind && r.stage === 'REPLY' && r.effectiveFrom <= receivedOn)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null
  );
}

/** Open and accepted, its reply period running and not yet run out, not extended, and its rule allows one. */
export function canExtend(c: ExtensionFacts, rules: readonly ExtensionRule[], today = chinaDate()): boolean {
  if (c.status !== 'ACCEPTED' && c.status !== 'ASSIGNED') return false;
  if (c.extendedOn || !c.replyDeadline || !extensionInTime(c.replyDeadline, today)) return false;
  const rule = replyRuleOf(rules, c.kind, c.receivedOn);
  return rule !== null && rule.extensionAmount !== null && rule.extensionAmount !== undefined;
}
