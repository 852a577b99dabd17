import type { UtilisationOutput } from '@stride/api';
import { utilisationColumns } from '@stride/api';

import { BarChart } from './bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

export function UtilisationReport({
  data,
  csv,
}: {
  data: UtilisationOutput;
  csv: (table: string) => string;
}) {
  return (
    <ReportSection
      testId="report-utilisation"
      title="Utilisation"
      description="Booked against available hours. Available: weekly hours and extra hours inside opening hours, less time off, day by day in each location's time zone; a gait lab is available while its location is open. Booked: live bookings, turnover buffers included."
      downloads={[{ href: csv('utilisation'), label: 'Download CSV' }]}
      chart={
        <BarChart
          title="Available and booked hours per clinician and gait lab"
          series={[
            { name: 'Available', className: 'fill-slate-300' },
            { name: 'Booked', className: 'fill-brand-700' },
          ]}
          items={data.rows.map((r) => ({
            label: `${r.resourceName} · ${r.locationName}`,
            values: [r.availableHours, r.bookedHours],
          }))}
          format={(v) => `${v.toFixed(1)} h`}
        />
      }
    >
      <ReportTable
        caption="Utilisation"
        columns={utilisationColumns}
        rows={data.rows}
        testId="utilisation-table"
      />
    </ReportSection>
  );
}
