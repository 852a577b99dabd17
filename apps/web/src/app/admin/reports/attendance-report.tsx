import type { AttendanceOutput } from '@stride/api';
import { attendanceColumns } from '@stride/api';

import { BarChart } from './bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

export function AttendanceReport({
  data,
  csv,
}: {
  data: AttendanceOutput;
  csv: (table: string) => string;
}) {
  return (
    <ReportSection
      testId="report-attendance"
      title="No-shows and late cancellations"
      description="Appointments that were due in the range (held slots and reschedules left out). A cancellation is late when it came inside the location's cancellation window, or after the start."
      downloads={[{ href: csv('attendance'), label: 'Download CSV' }]}
      chart={
        <BarChart
          title="No-show and late-cancellation rates"
          series={[
            { name: 'No-show rate', className: 'fill-amber-500' },
            { name: 'Late-cancellation rate', className: 'fill-rose-700' },
          ]}
          items={[...data.rows, ...(data.rows.length > 1 ? [data.total] : [])].map((r) => ({
            label: r.clinicianName ? `${r.clinicianName} · ${r.locationName}` : 'All',
            values: [r.noShowRate, r.lateCancellationRate],
          }))}
          format={pct}
        />
      }
    >
      <ReportTable
        caption="No-shows and late cancellations"
        columns={attendanceColumns}
        rows={data.rows}
        footer={data.total}
        testId="attendance-table"
      />
    </ReportSection>
  );
}
