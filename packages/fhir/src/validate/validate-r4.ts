import type { Bundle, Resource } from '@medplum/fhirtypes';

import { checkElements } from './check-elements';
import { R4_INVARIANTS } from './r4-invariants';
import { PRIMITIVE_PATTERNS } from './r4-primitives';
import { DOMAIN_RESOURCE_ELEMENTS, R4_RULES } from './r4-rules';
import { lastKey, parentsOf, valuesAt } from './walk';

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Resolves a reference to the resource type it points at, or null when it cannot be resolved. */
export type ReferenceResolver = (reference: string) => string | null;

const relativeResolver: ReferenceResolver = (reference) =>
  /^([A-Z][A-Za-z]+)\/[A-Za-z0-9\-.]{1,64}$/.exec(reference)?.[1] ?? null;

/**
 * Checks one resource against R4's structure for its type: known elements, cardinalities,
 * required value sets, primitive formats, invariants, and where its references point.
 */
export function validateResource(
  resource: Resource | Record<string, unknown>,
  resolve: ReferenceResolver = relativeResolver,
  at = '',
): ValidationIssue[] {
  const r = resource as Record<string, unknown>;
  const type = String(r.resourceType);
  const base = at || type;
  const rules = R4_RULES[type];
  if (!rules) return [{ path: base, message: `resource type ${type} is not one Stride emits` }];
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path: `${base}.${path}`, message });
  };
  if (typeof r.id !== 'string' || !PRIMITIVE_PATTERNS.id.test(r.id)) add('id', 'not a valid id');
  const known = new Set<string>([...DOMAIN_RESOURCE_ELEMENTS, ...rules.elements]);
  for (const key of Object.keys(r)) if (!known.has(key)) add(key, `not an element of ${type}`);
  for (const path of rules.required)
    for (const parent of parentsOf(r, path))
      if (valuesAt(parent, lastKey(path)).length === 0) add(path, 'is required (min 1)');
  for (const [path, allowed] of Object.entries(rules.codes))
    for (const value of valuesAt(r, path))
      if (typeof value !== 'string' || !allowed.includes(value))
        add(path, `"${String(value)}" is not in the value set (${allowed.join(' | ')})`);
  for (const [path, { system, codes }] of Object.entries(rules.codings ?? {}))
    for (const concept of valuesAt(r, path)) {
      const codings = valuesAt(concept, 'coding');
      const all = codings.length > 0 ? codings : [concept];
      const bound = all.filter((c) => valuesAt(c, 'system')[0] === system);
      if (bound.length === 0) add(path, `needs a coding from ${system}`);
      for (const c of bound)
        if (!codes.includes(String(valuesAt(c, 'code')[0])))
          add(path, `"${String(valuesAt(c, 'code')[0])}" is not in ${system}`);
    }
  for (const [path, kind] of Object.entries(rules.primitives ?? {}))
    for (const value of valuesAt(r, path))
      if (typeof value !== 'string' || !PRIMITIVE_PATTERNS[kind].test(value))
        add(path, `"${String(value)}" is not a valid ${kind}`);
  for (const [path, targets] of Object.entries(rules.targets ?? {}))
    for (const ref of valuesAt(r, `${path}.reference`)) {
      const target = typeof ref === 'string' ? resolve(ref) : null;
      if (target === null) add(path, `reference "${String(ref)}" does not resolve`);
      else if (!targets.includes(target)) add(path, `may not point at a ${target}`);
    }
  for (const message of R4_INVARIANTS[type]?.(r) ?? []) add('', message);
  issues.push(...checkElements(r, base, resolve));
  return issues;
}

/** A Bundle: its own rules, every entry, and every reference resolving to an entry. */
export function validateBundle(bundle: Bundle): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const b = bundle as unknown as Record<string, unknown>;
  const types = [
    'document',
    'message',
    'transaction',
    'transaction-response',
    'batch',
    'batch-response',
    'history',
    'searchset',
    'collection',
  ];
  if (b.resourceType !== 'Bundle') issues.push({ path: 'Bundle', message: 'not a Bundle' });
  if (!types.includes(String(b.type)))
    issues.push({ path: 'Bundle.type', message: `"${String(b.type)}" is not a bundle type` });
  if (b.type !== 'searchset' && b.type !== 'history' && b.total !== undefined)
    issues.push({ path: 'Bundle.total', message: 'bdl-1: total only in a search or history' });
  const ts = b.timestamp;
  if (ts !== undefined && (typeof ts !== 'string' || !PRIMITIVE_PATTERNS.instant.test(ts)))
    issues.push({ path: 'Bundle.timestamp', message: 'not a valid instant' });
  const entries = bundle.entry ?? [];
  const byUrl = new Map<string, string>();
  for (const [i, entry] of entries.entries()) {
    const at = `Bundle.entry[${i}]`;
    const url = entry.fullUrl;
    if (!url) issues.push({ path: `${at}.fullUrl`, message: 'every entry needs a fullUrl here' });
    else if (byUrl.has(url)) issues.push({ path: `${at}.fullUrl`, message: `bdl-7: ${url} twice` });
    else if (entry.resource) byUrl.set(url, entry.resource.resourceType);
    if (url?.startsWith('urn:uuid:') && url !== `urn:uuid:${entry.resource?.id ?? ''}`)
      issues.push({
        path: `${at}.fullUrl`,
        message: 'the urn:uuid does not match the resource id',
      });
    if (entry.request || entry.response || entry.search)
      issues.push({
        path: at,
        message: 'bdl-2/3/4: no search, request or response in a collection',
      });
  }
  const resolve: ReferenceResolver = (reference) => byUrl.get(reference) ?? null;
  for (const [i, entry] of entries.entries()) {
    if (!entry.resource) issues.push({ path: `Bundle.entry[${i}]`, message: 'no resource' });
    else issues.push(...validateResource(entry.resource, resolve, `Bundle.entry[${i}].resource`));
  }
  return issues;
}
