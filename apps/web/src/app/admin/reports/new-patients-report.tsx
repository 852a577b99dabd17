import type { NewPatientsOutput } from '@stride/api';
import { newPatientsColumns } from '@stride/api';

import { BarChart } from './bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

export function NewPatientsReport({
  data,
  csv,
}: {
  data: NewPatientsOutput;
  csv: (table: string) => string;
}) {
  return (
    <ReportSection
      testId="report-new-patients"
      title="New patients and referral sources"
      description={
        <>
          <span className="font-semibold text-slate-900" data-testid="new-patients-total">
            {data.total} new patients
          </span>{' '}
          registered in the range at their home location
          {data.byLocation.length > 1
            ? ` (${data.byLocation.map((l) => `${l.locationName} ${l.patients}`).join(', ')})`
            : ''}
          . With a clinician chosen: their own patients.
        </>
      }
      downloads={[{ href: csv('new-patients'), label: 'Download CSV' }]}
      chart={
        <BarChart
          title="New patients by referral source"
          series={[{ name: 'New patients', className: 'fill-brand-700' }]}
          items={data.rows.map((r) => ({ label: r.label, values: [r.patients] }))}
          format={String}
        />
      }
    >
      <ReportTable
        caption="New patients by referral source"
        columns={newPatientsColumns}
        rows={data.rows}
        testId="new-patients-table"
      />
    </ReportSection>
  );
}
