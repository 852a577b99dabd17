import type { Database } from '@stride/db';
import type { Resource, ResourceType } from '@stride/fhir';
import {
  mapAppointment,
  mapCarePlan,
  mapCondition,
  mapEncounter,
  mapLocation,
  mapObservations,
  mapPatient,
  mapPractitioner,
  mapQuestionnaireResponse,
  refs,
} from '@stride/fhir';

import {
  loadDiagnoses,
  loadEncounters,
  loadPlans,
  loadQuestionnaireResponses,
} from './load-clinical-rows';
import {
  loadAppointments,
  loadLocations,
  loadPatients,
  loadPractitioners,
} from './load-scheduling-rows';

type Page<T> = (after: string | null, limit: number) => Promise<T[]>;

/** Pages through a table by id, one batch in memory at a time. */
async function* keyset<T extends { id: string }>(load: Page<T>, limit: number) {
  let after: string | null = null;
  for (;;) {
    const rows = await load(after, limit);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < limit) return;
    after = last.id;
  }
}

export interface OrgExportSource {
  type: ResourceType;
  pages(db: Database, org: string, limit: number): AsyncGenerator<Resource[]>;
}

/** Builds a source from a page loader and a mapping of one row to its resources. */
function source<T extends { id: string }>(
  type: ResourceType,
  load: (db: Database, org: string) => Page<T>,
  map: (row: T) => Resource[],
): OrgExportSource {
  return {
    type,
    async *pages(db, org, limit) {
      for await (const rows of keyset(load(db, org), limit)) yield rows.flatMap(map);
    },
  };
}

// Bulk files carry no fullUrl, so references use the relative Type/id form.
const rel = refs('relative');

/** One NDJSON file per resource type, in an order where targets come before what points at them. */
export const ORG_EXPORT_SOURCES: readonly OrgExportSource[] = [
  source(
    'Location',
    (db, org) => (after, limit) => loadLocations(db, org, { after, limit }),
    (l) => [mapLocation(l)],
  ),
  source(
    'Practitioner',
    (db, org) => (after, limit) => loadPractitioners(db, org, { after, limit }),
    (p) => [mapPractitioner(p)],
  ),
  source(
    'Patient',
    (db, org) => (after, limit) => loadPatients(db, org, { after, limit }),
    (p) => [mapPatient(p, rel)],
  ),
  source(
    'Appointment',
    (db, org) => (after, limit) => loadAppointments(db, org, { after, limit }),
    (a) => [mapAppointment(a, rel)],
  ),
  source(
    'Encounter',
    (db, org) => (after, limit) => loadEncounters(db, org, { after, limit }),
    (e) => [mapEncounter(e, rel)],
  ),
  source(
    'Observation',
    (db, org) => (after, limit) => loadEncounters(db, org, { after, limit }),
    (e) => mapObservations(e, rel),
  ),
  source(
    'Condition',
    (db, org) => (after, limit) => loadDiagnoses(db, org, { after, limit }),
    (d) => [mapCondition(d, rel)],
  ),
  source(
    'CarePlan',
    (db, org) => (after, limit) => loadPlans(db, org, { after, limit }),
    (p) => [mapCarePlan(p, rel)],
  ),
  source(
    'QuestionnaireResponse',
    (db, org) => (after, limit) => loadQuestionnaireResponses(db, org, { after, limit }),
    (q) => [mapQuestionnaireResponse(q, rel)],
  ),
];
