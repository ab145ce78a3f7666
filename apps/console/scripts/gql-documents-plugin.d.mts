import type { Plugin } from 'vite';
export function replaceGraphqlCalls(code: string, register?: (document: string) => void): string | null;
export function gqlDocuments(): Plugin;
