import { z } from 'zod';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { loadPlanView } from './plan-view';
import { renderPlanPdf } from './render-plan-pdf';

export const planPdfOutput = z.object({ filename: z.string(), base64: z.string() });
export type PlanPdf = z.infer<typeof planPdfOutput>;

/** The active plan as a PDF (base64, so it crosses tRPC); the patient's own or, for staff, in scope. */
export async function getPlanPdf(ctx: AuthedContext, patientIdInput?: string): Promise<PlanPdf> {
  const patientId = await resolvePatientId(
    ctx,
    ctx.viewer.role === 'patient' ? undefined : patientIdInput,
  );
  const view = await loadPlanView(ctx.db, ctx.viewer.organizationId, patientId, ctx.now());
  if (!view) throw notFound('A treatment plan');
  const bytes = await renderPlanPdf(view, ctx.viewer.organizationName);
  await emitAudit(ctx.db, ctx.viewer, {
    action: 'plan.pdf',
    entityType: 'plan',
    entityId: view.id,
    patientId,
  });
  return {
    filename: `stride-plan-v${view.version}.pdf`,
    base64: Buffer.from(bytes).toString('base64'),
  };
}
