import type { Plugin } from 'vite';
export function replaceGraphqlCalls(code: string): string | null;
export function gqlDocuments(): Plugin;
