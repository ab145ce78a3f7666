import config, { noDataAccess } from '@integrity/eslint-config';

// The gateway holds no data: no subgraph kit, TypeORM or database driver here.
export default [...config, noDataAccess];
