import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

export interface CompositionHint {
  code: string;
  message: string;
}

/** Compose subgraph SDLs into a supergraph; any composition error throws with every message. */
export function composeSupergraph(subgraphs: SubgraphSource[]): { supergraphSdl: string; hints: CompositionHint[] } {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors?.length) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl!,
    hints: (result.hints ?? []).map((h) => ({ code: h.definition.code, message: h.message })),
  };
}
