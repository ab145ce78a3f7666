// Every query and mutation of every subgraph declares who may call it (@Allow), so that the check runs before
// its arguments are validated: someone who may not call an operation learns nothing of its input rules.
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { subgraph as supervision } from '@integrity/supervision';
import { undeclaredOperations } from '@integrity/subgraph-kit';
import { describe, expect, it } from 'vitest';

describe('authorization declared per operation', () => {
  it.each([directory, credit, procurement, investment, debt, supervision, casework].map((s) => [s.name, s] as const))(
    '%s: every query and mutation has an @Allow',
    (_name, subgraph) => {
      expect(undeclaredOperations(subgraph.resolvers)).toEqual([]);
    },
  );
});
