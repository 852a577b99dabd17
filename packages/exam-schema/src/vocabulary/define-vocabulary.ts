/** One value of a clinical vocabulary, with the words a form shows for it. */
export interface VocabularyEntry<Id extends string = string, Group extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly group?: Group;
  readonly hint?: string;
}

export type IdsOf<T extends readonly VocabularyEntry[]> = T[number]['id'];

/** The ids of a vocabulary as a non-empty tuple, the shape `z.enum` needs. */
export function idsOf<const T extends readonly VocabularyEntry[]>(
  entries: T,
): readonly [IdsOf<T>, ...IdsOf<T>[]] {
  const ids = entries.map((entry) => entry.id as IdsOf<T>);
  const [first, ...rest] = ids;
  if (first === undefined) throw new Error('a vocabulary needs at least one entry');
  return [first, ...rest];
}

/** id -> label lookup, so a UI can print any stored id. */
export function labelsOf<const T extends readonly VocabularyEntry[]>(
  entries: T,
): Readonly<Record<IdsOf<T>, string>> {
  const labels: Record<string, string> = {};
  for (const entry of entries) labels[entry.id] = entry.label;
  return labels as Record<IdsOf<T>, string>;
}

/** A group of entries in the order a clinician works through them. */
export interface VocabularyGroup<Id extends string = string> {
  readonly id: string;
  readonly label: string;
  readonly ids: readonly Id[];
}

/** Groups entries by their `group`, keeping the order groups are declared in. */
export function groupsOf<const T extends readonly VocabularyEntry[]>(
  entries: T,
  groupLabels: Readonly<Record<NonNullable<T[number]['group']>, string>>,
): readonly VocabularyGroup<IdsOf<T>>[] {
  return Object.entries<string>(groupLabels).map(([id, label]) => ({
    id,
    label,
    ids: entries.filter((entry) => entry.group === id).map((entry) => entry.id as IdsOf<T>),
  }));
}
