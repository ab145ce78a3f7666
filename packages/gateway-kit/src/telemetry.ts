// Nothing in the gateway phones home; tracing goes only where the operator points it.
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Resource } from '@opentelemetry/resources';
import {
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';

/**
 * @apollo/gateway 2.x builds, in its constructor, an OpenTelemetry meter that runs the AWS, GCP, Azure and
 * Alibaba Cloud resource detectors (HTTP to 169.254.169.254 and 100.100.100.200, DNS look-ups) and exports
 * usage metrics every hour to Apollo's servers abroad, unless APOLLO_TELEMETRY_DISABLED is "true". A county
 * government's integrity system sends nothing to a vendor and probes no address it does not own, so the kit
 * sets the switch itself before any ApolloGateway is built, whatever the operator's environment says.
 */
export function disableVendorTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/** Apollo Server would install usage and schema reporting by itself if APOLLO_KEY were ever set: never. */
export const noVendorReporting = () => [
  ApolloServerPluginUsageReportingDisabled(),
  ApolloServerPluginSchemaReportingDisabled(),
];

export interface Tracing {
  /** Flushes the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Opt-in tracing: with TRACING_OTLP_ENDPOINT (e.g. http://127.0.0.1:4318/v1/traces, the operator's own
 * collector) the gateway's spans (request, plan, each subgraph fetch) are exported there over OTLP/HTTP.
 * Without it no tracer is registered and nothing is exported. No resource detector runs: the spans carry
 * only the service name.
 */
export function startTracing(
  endpoint = process.env.TRACING_OTLP_ENDPOINT,
  serviceName = 'integrity-gateway',
): Tracing | null {
  if (!endpoint) return null;
  const url = new URL(endpoint); // a malformed setting fails at start, not at the first export
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: url.toString() }))],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
    },
  };
}
