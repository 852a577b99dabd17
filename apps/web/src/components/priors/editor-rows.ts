import type { ConditionId, OrgPriors, OrgPriorTable } from '@stride/diagnosis';
import { conditionIds, isSexSpecific, orgPriorSexes } from '@stride/diagnosis';

/** What the admin typed for one condition: the percentage as text, so partial input survives. */
export interface PriorRowValue {
  percent: string;
  citation: string;
}

/** An editor column: one per sex in a sex-specific profile, `any` in a neutral one. */
export type Column = 'any' | 'female' | 'male';
export type Rows = Record<ConditionId, PriorRowValue>;
export type EditorTables = Partial<Record<Column, Rows>>;

/** The condition column and one per sex, shared by the header, every row and the totals. */
export const sexColumnsGrid = 'grid-cols-2 sm:grid-cols-[minmax(0,1fr)_repeat(2,minmax(0,12rem))]';

export const columnLabels: Record<Column, string> = {
  any: 'Any sex',
  female: 'Female',
  male: 'Male',
};

/** "34.5" → 0.345 exactly; anything finer than 0.1 % is kept as typed so the schema names it. */
export function toValue(percent: string): number {
  const n = Number(percent.trim() === '' ? NaN : percent);
  const tenths = n * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9 ? Math.round(tenths) / 1000 : n / 100;
}

const toPercent = (value: number): string => String(Math.round(value * 1000) / 10);

/** The columns a version is edited in: its own shape, so a save never changes the shape. */
export const columnsOf = (priors: OrgPriors): readonly Column[] =>
  isSexSpecific(priors) ? orgPriorSexes : ['any'];

function rowsOf(table: OrgPriorTable): Rows {
  const out = {} as Rows;
  for (const id of conditionIds)
    out[id] = { percent: toPercent(table[id].value), citation: table[id].citation ?? '' };
  return out;
}

export function tablesOf(priors: OrgPriors): EditorTables {
  return isSexSpecific(priors)
    ? { female: rowsOf(priors.female), male: rowsOf(priors.male) }
    : { any: rowsOf(priors) };
}

/** One column as the schema reads it: numbers, with the citation as typed. */
export function valuesOf(
  rows: Rows | undefined,
): Record<string, { value: number; citation: string }> {
  const out: Record<string, { value: number; citation: string }> = {};
  for (const id of conditionIds)
    out[id] = { value: toValue(rows?.[id].percent ?? ''), citation: rows?.[id].citation ?? '' };
  return out;
}

/** The whole edit in the stored shape, for `priorsEditSchema` to check before it is sent. */
export function priorsOf(columns: readonly Column[], tables: EditorTables): unknown {
  if (columns.includes('any')) return valuesOf(tables.any);
  return Object.fromEntries(columns.map((c) => [c, valuesOf(tables[c])]));
}
