import { Card } from '~/components/card';
import { RecordAccessList } from '~/components/record-access-list';
import { getApi, orPage } from '~/server/api';

/** The patient's "who accessed my record" list, as the patient sees it, on their chart. */
export async function RecordAccessCard({
  patientId,
  timeZone,
}: {
  patientId: string;
  timeZone: string;
}) {
  const access = await orPage((await getApi()).auditTrail.forPatient({ patientId }));
  return (
    <Card title="Who accessed this record" testId="chart-record-access">
      <RecordAccessList
        visits={access.visits.slice(0, 10)}
        fallbackZone={timeZone}
        emptyText="Nobody else has opened this record yet."
      />
    </Card>
  );
}
