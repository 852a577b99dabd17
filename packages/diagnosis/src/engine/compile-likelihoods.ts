import type { ConditionId, EvidenceDirection, EvidenceKind } from '@stride/exam-schema';
import { conditionIds } from '@stride/exam-schema';

import type { FamilyId, Weight } from '../likelihoods/likelihood';
import { likelihoods } from '../likelihoods/all-likelihoods';
import { families } from '../likelihoods/likelihood';
import { regionMissWeights } from '../likelihoods/pain-regions';

/** A likelihood ready for the hot path: integer slots instead of ids. */
export interface CompiledWeight {
  readonly id: number;
  readonly condition: number;
  readonly slot: number;
  /** 1 << the family's index: the bit it sets in the case state's family mask. */
  readonly familyBit: number;
  readonly family: FamilyId;
  readonly lr: number;
  readonly clusterPart: boolean;
  readonly finding: string;
  readonly direction: EvidenceDirection;
  readonly kind: EvidenceKind;
  readonly source: string;
  readonly logLr: number;
  /** |ln lr|: how far it moved the condition, for ordering evidence. */
  readonly strength: number;
}

export interface CompiledFinding {
  readonly positive: readonly CompiledWeight[];
  readonly negative: readonly CompiledWeight[];
}

export const CONDITION_COUNT = conditionIds.length;
export const FAMILY_COUNT = families.length;

const conditionIndex = new Map<ConditionId, number>(conditionIds.map((id, index) => [id, index]));
const familyIndex = new Map<FamilyId, number>(families.map((id, index) => [id, index]));

/** Every compiled weight by id, so engine state can point at one with an integer. */
export const compiledWeights: CompiledWeight[] = [];

function compile(
  condition: ConditionId,
  family: FamilyId,
  finding: string,
  weight: Weight,
  clusterPart: boolean,
): CompiledWeight {
  const compiled: CompiledWeight = {
    id: compiledWeights.length,
    condition: conditionIndex.get(condition) ?? 0,
    slot: (conditionIndex.get(condition) ?? 0) * FAMILY_COUNT + (familyIndex.get(family) ?? 0),
    familyBit: 1 << (familyIndex.get(family) ?? 0),
    family,
    lr: weight.lr,
    clusterPart,
    finding,
    direction: weight.lr >= 1 ? 'for' : 'against',
    kind: weight.kind,
    source: weight.source,
    logLr: Math.log(weight.lr),
    strength: Math.abs(Math.log(weight.lr)),
  };
  compiledWeights.push(compiled);
  return compiled;
}

function buildTable(): ReadonlyMap<string, CompiledFinding> {
  const table = new Map<string, { positive: CompiledWeight[]; negative: CompiledWeight[] }>();
  for (const row of likelihoods) {
    let entry = table.get(row.match);
    if (entry === undefined) {
      entry = { positive: [], negative: [] };
      table.set(row.match, entry);
    }
    const part = row.clusterPart === true;
    if (row.positive)
      entry.positive.push(compile(row.condition, row.family, row.finding, row.positive, part));
    if (row.negative)
      entry.negative.push(compile(row.condition, row.family, row.finding, row.negative, part));
  }
  return table;
}

/** Finding key -> the weights it carries for and against each condition. */
export const findingTable: ReadonlyMap<string, CompiledFinding> = buildTable();

/** The "points only to atypical regions" weight, indexed by condition. */
export const regionMiss: readonly CompiledWeight[] = conditionIds.map((id) =>
  compile(id, 'pain-region', 'history.painRegions', regionMissWeights[id], false),
);
