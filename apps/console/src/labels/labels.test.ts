// @vitest-environment node
// Every enum the public API exposes has a label in both locales: read the committed supergraph, strip the
// federation machinery (as codegen does) and compare each enum's values with its table.
import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaSdl } from '../../scripts/api-schema.mjs';
import { LABELS, SCORE_FIGURE } from './index';

const api = parse(apiSchemaSdl(readFileSync(new URL('../../../gateway/supergraph.graphql', import.meta.url), 'utf8')));
// sort keys are chosen by clicking a column header and never shown as text, so they need no label
const isSortKey = (name: string) => name === 'SortDirection' || name.endsWith('SortField');
const enums = api.definitions.filter(
  (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && !isSortKey(d.name.value),
);

describe('enum labels', () => {
  it('finds the public enums (and none of federation’s)', () => {
    const names = enums.map((e) => e.name.value);
    expect(names).toContain('ProcurementMethod');
    expect(names.filter((n) => /^(join__|link__)/.test(n))).toEqual([]);
  });

  it('labels every value of every public enum in zh-CN and en-US', () => {
    const missing: string[] = [];
    for (const e of enums) {
      const table = LABELS[e.name.value];
      for (const v of e.values ?? []) {
        const label = table?.[v.name.value];
        if (!label?.['zh-CN']?.trim()) missing.push(`${e.name.value}.${v.name.value} zh-CN`);
        if (!label?.['en-US']?.trim()) missing.push(`${e.name.value}.${v.name.value} en-US`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no table for an enum the schema does not have, nor a value it does not have', () => {
    const schema = new Map(enums.map((e) => [e.name.value, new Set((e.values ?? []).map((v) => v.name.value))]));
    const stale: string[] = [];
    for (const [name, table] of Object.entries(LABELS)) {
      const values = schema.get(name);
      if (!values) stale.push(name);
      else for (const v of Object.keys(table)) if (!values.has(v)) stale.push(`${name}.${v}`);
    }
    expect(stale).toEqual([]);
  });

  it('never shows a raw code as a Chinese label', () => {
    for (const table of Object.values(LABELS))
      for (const l of Object.values(table)) expect(l['zh-CN']).not.toMatch(/^[A-Z_]+$/);
  });
});

describe('score figure labels', () => {
  it('labels every figure the integrity score requires or supervision keeps itself, and nothing else', () => {
    const sdl = readFileSync(new URL('../../../gateway/supergraph.graphql', import.meta.url), 'utf8');
    const requires = /integrityScore: IntegrityScore!.*requires: "([^"]+)"/.exec(sdl)?.[1]?.split(' ') ?? [];
    expect(requires.length).toBeGreaterThan(5);
    // supervision's own figures (its OWN_FIGURES), and the town debt band it derives from kind and the region's level
    const own = ['overdueRectificationCount', 'overdueTaskReportCount', 'townDebtRiskBand', 'townArrearsPlanMissed'];
    // inputs a figure is judged with, not figures (civilServantCount: no coverage is judged without civil servants)
    const inputs = ['kind', 'regionDebtRiskLevel', 'regionArrearsPlanMissed', 'civilServantCount'];
    const figures = requires.filter((f) => !inputs.includes(f));
    expect(Object.keys(SCORE_FIGURE).sort()).toEqual([...figures, ...own].sort());
  });
});
