import type { OutcomesOutput } from '@stride/api';
import { dischargeColumns, outcomesColumns } from '@stride/api';

import { BarChart } from './bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

export function OutcomesReport({
  data,
  csv,
}: {
  data: OutcomesOutput;
  csv: (table: string) => string;
}) {
  return (
    <ReportSection
      testId="report-outcomes"
      title="Outcomes by diagnosis and location"
      description="Episodes start at a confirmed diagnosis in the range. Baseline: the first score within 14 days of it; 6 weeks: the score closest to day 42 after the baseline, within 14 days. Change is 6-week minus baseline (for pain, negative is better); MCID share counts changes of at least the instrument's MCID in the better direction."
      downloads={[
        { href: csv('outcomes'), label: 'Download CSV' },
        { href: csv('discharge'), label: 'Time to discharge (CSV)' },
      ]}
      chart={
        <BarChart
          title="Share of episodes reaching the MCID at 6 weeks"
          series={[{ name: 'Reached MCID', className: 'fill-brand-700' }]}
          items={data.rows
            .filter((r) => r.mcidShare !== null)
            .map((r) => ({
              label: `${r.label} · ${r.locationName} · ${r.instrumentName}`,
              values: [r.mcidShare],
            }))}
          format={(v) => `${(v * 100).toFixed(1)} %`}
        />
      }
    >
      <ReportTable
        caption="Change at 6 weeks"
        columns={outcomesColumns}
        rows={data.rows}
        testId="outcomes-table"
      />
      <h3 className="text-sm font-semibold text-slate-800">Time to discharge</h3>
      <ReportTable
        caption="Time to discharge"
        columns={dischargeColumns}
        rows={data.discharge}
        testId="discharge-table"
      />
    </ReportSection>
  );
}
