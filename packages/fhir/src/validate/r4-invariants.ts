import { isObject, valuesAt } from './walk';

type Invariant = (r: Record<string, unknown>) => string[];

const codeOf = (concept: unknown): string[] =>
  valuesAt(concept, 'coding.code').filter((c): c is string => typeof c === 'string');

/** The R4 constraints (by their spec keys) that bear on what Stride emits. */
export const R4_INVARIANTS: Readonly<Record<string, Invariant>> = {
  Appointment: (r) => {
    const issues: string[] = [];
    for (const p of valuesAt(r, 'participant'))
      if (isObject(p) && p.type === undefined && p.actor === undefined)
        issues.push('app-1: a participant needs a type or an actor');
    if ((r.start === undefined) !== (r.end === undefined))
      issues.push('app-2: start and end go together');
    const open = ['proposed', 'cancelled', 'waitlist'].includes(String(r.status));
    if ((r.start === undefined || r.end === undefined) && !open)
      issues.push('app-3: only proposed, cancelled or waitlisted appointments may lack start/end');
    return issues;
  },
  Condition: (r) => {
    const issues: string[] = [];
    const verification = codeOf(r.verificationStatus);
    const clinical = codeOf(r.clinicalStatus);
    const problemList = valuesAt(r, 'category.coding.code').includes('problem-list-item');
    if (problemList && !verification.includes('entered-in-error') && clinical.length === 0)
      issues.push('con-3: a problem-list condition needs a clinicalStatus');
    const abated = Object.keys(r).some((k) => k.startsWith('abatement'));
    if (abated && !clinical.some((c) => ['inactive', 'resolved', 'remission'].includes(c)))
      issues.push('con-4: an abated condition must be inactive, resolved or in remission');
    if (verification.includes('entered-in-error') && r.clinicalStatus !== undefined)
      issues.push('con-5: no clinicalStatus when entered-in-error');
    return issues;
  },
  CarePlan: (r) =>
    valuesAt(r, 'activity')
      .filter((a) => isObject(a) && a.reference !== undefined && a.detail !== undefined)
      .map(() => 'cpl-3: an activity has a reference or a detail, not both'),
  QuestionnaireResponse: (r) => {
    const issues: string[] = [];
    const visit = (items: unknown[]): void => {
      for (const item of items) {
        if (!isObject(item)) continue;
        if (item.answer !== undefined && item.item !== undefined)
          issues.push(`qrs-1: item ${String(item.linkId)} has both answers and nested items`);
        visit(valuesAt(item, 'item'));
        visit(valuesAt(item, 'answer.item'));
      }
    };
    visit(valuesAt(r, 'item'));
    return issues;
  },
  Observation: (r) => {
    const hasValue = Object.keys(r).some((k) => /^value[A-Z]/.test(k));
    return hasValue && r.dataAbsentReason !== undefined
      ? ['obs-6: dataAbsentReason only when there is no value']
      : [];
  },
};
