import config, { noDataAccess } from '@integrity/eslint-config';

// Shared with the gateway, which holds no data: no subgraph kit, TypeORM or database driver here.
export default [...config, noDataAccess];
