import type { SearchAuditLogInput } from '@stride/api';
import { searchAuditLogInput } from '@stride/api';

export type AuditParams = Partial<
  Record<
    'patientId' | 'patient' | 'userId' | 'user' | 'action' | 'from' | 'to' | 'zone' | 'older',
    string
  >
>;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/**
 * The page's query string as the procedure's input, checked with the procedure's own schema so
 * a bad filter shows its message beside the field instead of a 404.
 */
export function readFilters(
  params: AuditParams,
  defaultZone: string,
): { input: SearchAuditLogInput | null; errors: Record<string, string> } {
  const raw = {
    patientId: text(params.patientId),
    patientName: text(params.patient),
    actorUserId: text(params.userId),
    actorName: text(params.user),
    action: text(params.action),
    from: text(params.from),
    to: text(params.to),
    timeZone: text(params.zone) ?? defaultZone,
    cursor: text(params.older),
    limit: 50,
  };
  const parsed = searchAuditLogInput.safeParse(raw);
  if (parsed.success) return { input: raw, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { input: null, errors };
}
