import type { ReferenceResolver, ValidationIssue } from './validate-r4';
import { PRIMITIVE_PATTERNS } from './r4-primitives';
import { objectsIn } from './walk';

const CHOICE_PREFIXES = ['value', 'effective', 'onset', 'abatement', 'deceased', 'multipleBirth'];

/**
 * Rules that hold for every element, wherever it sits: ele-1 (no empty values), one type per
 * choice element, qty-3, well-formed codes and systems, and every reference resolving.
 */
export function checkElements(
  r: Record<string, unknown>,
  base: string,
  resolve: ReferenceResolver,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [node, path] of objectsIn(r, base)) {
    for (const [key, value] of Object.entries(node)) {
      const empty =
        value === null ||
        (typeof value === 'string' && value.trim() === '') ||
        (Array.isArray(value) && value.length === 0) ||
        (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
      if (empty) issues.push({ path: `${path}.${key}`, message: 'ele-1: empty element' });
    }
    for (const prefix of CHOICE_PREFIXES) {
      const keys = Object.keys(node).filter((k) => new RegExp(`^${prefix}[A-Z]`).test(k));
      if (keys.length > 1)
        issues.push({ path, message: `${prefix}[x] has more than one type: ${keys.join(', ')}` });
    }
    if (typeof node.system === 'string' && !PRIMITIVE_PATTERNS.uri.test(node.system))
      issues.push({ path: `${path}.system`, message: 'not a valid uri' });
    if (typeof node.code === 'string' && !PRIMITIVE_PATTERNS.code.test(node.code))
      issues.push({ path: `${path}.code`, message: 'not a valid code' });
    if (typeof node.value === 'number' && node.code !== undefined && node.system === undefined)
      issues.push({ path, message: 'qty-3: a unit code needs its system' });
    if (typeof node.reference === 'string' && resolve(node.reference) === null)
      issues.push({ path, message: `reference "${node.reference}" does not resolve` });
  }
  return issues;
}
