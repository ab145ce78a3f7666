/** The public API schema (SDL) of a supergraph: federation's join/link machinery and @inaccessible removed. */
export function apiSchemaSdl(supergraphSdl: string): string;
