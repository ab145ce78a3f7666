import { runSubgraph } from '@integrity/subgraph-kit';
import { subgraph } from './index.js';

await runSubgraph(subgraph);
