import type { DiagnosisMixOutput } from '@stride/api';
import { diagnosisMixColumns, engineAgreementColumns } from '@stride/api';

import { BarChart } from './bar-chart';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';

export function DiagnosisReport({
  data,
  csv,
}: {
  data: DiagnosisMixOutput;
  csv: (table: string) => string;
}) {
  return (
    <ReportSection
      testId="report-diagnoses"
      title="Diagnosis mix"
      description={`${data.total} confirmed primary diagnoses in the range (current ones: a re-confirmed diagnosis counts once). Agreement: how often the clinician confirmed the engine's top suggestion.`}
      downloads={[
        { href: csv('diagnosis-mix'), label: 'Download CSV' },
        { href: csv('engine-agreement'), label: 'Agreement by clinician (CSV)' },
      ]}
      chart={
        <BarChart
          title="Confirmed diagnoses and how many matched the engine's top suggestion"
          series={[
            { name: 'Confirmed', className: 'fill-slate-300' },
            { name: "Engine's top suggestion", className: 'fill-brand-700' },
          ]}
          items={data.rows.map((r) => ({
            label: r.label,
            values: [r.diagnoses, r.engineTopConfirmed],
          }))}
          format={String}
        />
      }
    >
      <ReportTable
        caption="Diagnosis mix"
        columns={diagnosisMixColumns}
        rows={data.rows}
        testId="diagnosis-table"
      />
      <h3 className="text-sm font-semibold text-slate-800">Agreement by clinician</h3>
      <ReportTable
        caption="Agreement with the engine by clinician"
        columns={engineAgreementColumns}
        rows={data.byClinician}
      />
    </ReportSection>
  );
}
