import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';

/** What the gateway knows of the incoming request, handed on to every subgraph call. */
export interface GatewayContext {
  authorization?: string;
  requestId: string;
  /** The socket address the request came from; subgraphs believe it only beside the gateway credential. */
  clientAddress?: string;
}

/**
 * Passes the caller's Authorization header and the request id on to subgraphs: identity is
 * verified again in each subgraph, and one request id ties the log lines of every process together.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The gateway's own credential, so subgraphs that accept only the gateway can tell it is the caller. */
  credential?: () => string | null;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const credential = this.credential?.();
    if (credential) request.http.headers.set('x-gateway-credential', credential);
    if (context?.authorization) request.http.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http.headers.set('x-request-id', context.requestId);
    if (context?.clientAddress) request.http.headers.set('x-client-address', context.clientAddress);
  }
}
