import type { ExtractResource, Reference, ResourceType } from '@medplum/fhirtypes';
import { createHash } from 'node:crypto';

/**
 * How references are written. A Bundle names every entry by `urn:uuid:` fullUrl and points at
 * those; bulk NDJSON has no fullUrl, so it uses the relative `Type/id` form the Bulk Data spec uses.
 */
export type ReferenceStyle = 'urn' | 'relative';

export interface Refs {
  readonly style: ReferenceStyle;
  to<K extends ResourceType>(type: K, id: string, display?: string): Reference<ExtractResource<K>>;
}

export function refs(style: ReferenceStyle): Refs {
  return {
    style,
    to: (type, id, display) => ({
      reference: style === 'urn' ? `urn:uuid:${id}` : `${type}/${id}`,
      ...(display ? { display } : {}),
    }),
  };
}

// Stride's namespace for name-based (v5) UUIDs, itself a v5 UUID of the URL namespace.
const NAMESPACE = Buffer.from('0f6a7c2e4b1d5e8f9a3c6b2d1e4f7a8c', 'hex');

/**
 * A stable UUID for a resource that has no row of its own (an observation inside an exam
 * record): the same encounter and finding give the same id in every export, so re-imports
 * update rather than duplicate.
 */
export function derivedId(...parts: readonly string[]): string {
  const hash = createHash('sha1').update(NAMESPACE).update(parts.join('\u001f')).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
