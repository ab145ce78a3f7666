import { describe, expect, it } from 'vitest';
import { outcomesByDepartment } from './proposal-outcomes';

const jtj = { id: 'j', name: '县交通运输局' };
const mzj = { id: 'm', name: '县民政局' };

describe('NPC/CPPCC outcomes per department', () => {
  it('counts A, B, C and those without an outcome, per kind and lead department', () => {
    const rows = outcomesByDepartment(
      [
        { kind: 'NPC_SUGGESTION', outcome: 'A', department: jtj },
        { kind: 'NPC_SUGGESTION', outcome: 'C', department: jtj },
        { kind: 'NPC_SUGGESTION', outcome: null, department: jtj },
        { kind: 'CPPCC_PROPOSAL', outcome: 'B', department: jtj },
        { kind: 'CPPCC_PROPOSAL', outcome: 'A', department: mzj },
        { kind: 'NPC_SUGGESTION', outcome: null, department: null },
      ],
      '待交办',
    );
    expect(rows.map((r) => r.name)).toEqual(['县交通运输局', '待交办', '县民政局']);
    expect(rows[0]!.npc).toEqual({ total: 3, A: 1, B: 0, C: 1, pending: 1 });
    expect(rows[0]!.cppcc).toEqual({ total: 1, A: 0, B: 1, C: 0, pending: 0 });
    expect(rows[2]!.cppcc.A).toBe(1);
  });
});
