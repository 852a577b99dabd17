import type { QuestionnaireResponse } from '@medplum/fhirtypes';

import type { QuestionnaireResponseInput } from '../record';
import type { Refs } from '../references';
import { questionnaireCanonical } from '../codes';

/** A completed questionnaire; an item left blank stays in the response without an answer. */
export function mapQuestionnaireResponse(
  q: QuestionnaireResponseInput,
  refs: Refs,
): QuestionnaireResponse {
  const items = Object.entries(q.answers).map(([linkId, value]) =>
    value === null ? { linkId } : { linkId, answer: [{ valueInteger: value }] },
  );
  return {
    resourceType: 'QuestionnaireResponse',
    id: q.id,
    questionnaire: questionnaireCanonical(q.instrumentId, q.instrumentVersion),
    status: 'completed',
    subject: refs.to('Patient', q.patientId),
    author: refs.to('Patient', q.patientId),
    source: refs.to('Patient', q.patientId),
    authored: q.answeredAt,
    ...(items.length > 0 ? { item: items } : {}),
  };
}
