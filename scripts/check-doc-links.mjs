#!/usr/bin/env node
// `npm run docs:check`: the repository's documentation must work in a fresh clone.
// 1. Every relative link in README.md and docs/**/*.md points at a file or folder inside the repository
//    (a link out of it, such as ../shared/…, is what a clone does not have).
// 2. Every Query and Mutation field of the committed supergraph is named in docs/CONTRACT.md, so the
//    contract document cannot fall behind the schema unnoticed.
// Node only, no dependencies: it runs before `npm install`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];

function markdownFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** Markdown without fenced code blocks and inline code spans, whose brackets are not links. */
function withoutCode(text) {
  return text
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)[^`\n]*?\1/g, (span) => ' '.repeat(span.length));
}

/** Inline links and images `[text](target "title")`, and reference definitions `[label]: target`. */
function linkTargets(text) {
  const targets = [];
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(/\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g)) {
    targets.push({ target: m[1].replace(/^<|>$/g, ''), line: lineOf(m.index) });
  }
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)) {
    targets.push({ target: m[1].replace(/^<|>$/g, ''), line: lineOf(m.index) });
  }
  return targets;
}

const external = (target) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

const files = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))].filter((f) => existsSync(f));
let checked = 0;
for (const file of files) {
  const name = relative(root, file);
  for (const { target, line } of linkTargets(withoutCode(readFileSync(file, 'utf8')))) {
    if (external(target) || target.startsWith('#')) continue;
    checked += 1;
    const path = decodeURI(target.split('#')[0].split('?')[0]);
    const resolved = path.startsWith('/') ? join(root, path) : resolve(dirname(file), path);
    if (resolved !== root && !resolved.startsWith(root + sep)) {
      problems.push(`${name}:${line}: ${target} leads out of the repository`);
    } else if (!existsSync(resolved)) {
      problems.push(`${name}:${line}: ${target} does not exist`);
    } else if (path.endsWith('/') && !statSync(resolved).isDirectory()) {
      problems.push(`${name}:${line}: ${target} is not a folder`);
    }
  }
}

/** Field names of a root type in an SDL document, descriptions and arguments stripped. */
function rootFields(sdl, typeName) {
  const plain = sdl.replace(/"""[\s\S]*?"""/g, '').replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  const block = plain.match(new RegExp(`^type ${typeName}\\b[^{]*\\{([\\s\\S]*?)^\\}`, 'm'));
  if (!block) return [];
  let depth = 0;
  let body = '';
  for (const ch of block[1]) {
    if (ch === '(') depth += 1;
    if (depth === 0) body += ch;
    if (ch === ')') depth -= 1;
  }
  return [...body.matchAll(/^\s*([_A-Za-z]\w*)\s*:/gm)].map((m) => m[1]);
}

const supergraphPath = join(root, 'apps/gateway/supergraph.graphql');
const contractPath = join(root, 'docs/CONTRACT.md');
let operations = 0;
if (existsSync(supergraphPath) && existsSync(contractPath)) {
  const sdl = readFileSync(supergraphPath, 'utf8');
  const contract = readFileSync(contractPath, 'utf8');
  for (const typeName of ['Query', 'Mutation']) {
    for (const field of rootFields(sdl, typeName)) {
      operations += 1;
      if (!new RegExp(`\\b${field}\\b`).test(contract))
        problems.push(`docs/CONTRACT.md does not name ${typeName}.${field} of apps/gateway/supergraph.graphql`);
    }
  }
  if (operations === 0)
    problems.push('found no Query or Mutation fields in apps/gateway/supergraph.graphql: the check is broken');
} else {
  problems.push('docs/CONTRACT.md or apps/gateway/supergraph.graphql is missing');
}

if (problems.length) {
  console.error(`docs:check found ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `docs:check: ${checked} relative links in ${files.length} Markdown files resolve inside the repository; docs/CONTRACT.md names all ${operations} queries and mutations of the supergraph`,
);
