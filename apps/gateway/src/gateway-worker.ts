// A gateway worker forked by main.ts or the launcher with GATEWAY_WORKERS > 1 (see workers.ts).
import { runGatewayProcess } from './gateway-process.js';

await runGatewayProcess();
