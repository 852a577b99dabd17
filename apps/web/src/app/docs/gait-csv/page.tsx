import type { Metadata } from 'next';
import Link from 'next/link';

import { footStrikes, gaitMeasures, valgusGrades } from '@stride/exam-schema';

export const metadata: Metadata = { title: 'Gait CSV format' };

const WHOLE_BODY = new Set(['cadenceSpm', 'verticalOscillationCm']);

/** The documented columns of a gait-metrics import, generated from the exam schema itself. */
export default function GaitCsvDocs() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <Link href="/" className="text-sm text-brand-700 underline">
        Stride
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">Importing gait metrics from CSV</h1>
      <p className="mt-2 text-slate-700">
        One metric per line, with the header <code>metric,side,value</code>. Side is{' '}
        <code>left</code> or <code>right</code> for per-limb metrics and <code>both</code> for
        whole-body ones. Decimals use a dot. If any line is wrong, nothing is imported and every bad
        line is listed. At most 100 KB.
      </p>
      <pre className="mt-4 rounded-lg bg-slate-900 p-3 text-sm text-slate-100">{`metric,side,value
cadenceSpm,both,162
contralateralPelvicDropDeg,left,4.1
contralateralPelvicDropDeg,right,7.5
footStrike,both,rearfoot
dynamicKneeValgus,right,mild`}</pre>
      <table className="mt-6 w-full text-sm">
        <thead>
          <tr className="text-left">
            <th className="py-1">metric</th>
            <th className="py-1">side</th>
            <th className="py-1">value</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(gaitMeasures).map(([id, m]) => (
            <tr key={id} className="border-t border-slate-200">
              <td className="py-1 font-mono">{id}</td>
              <td className="py-1">{WHOLE_BODY.has(id) ? 'both' : 'left / right'}</td>
              <td className="py-1">
                {m.label}: {m.min} to {m.max} {m.unit}
              </td>
            </tr>
          ))}
          <tr className="border-t border-slate-200">
            <td className="py-1 font-mono">footStrike</td>
            <td className="py-1">both</td>
            <td className="py-1">{footStrikes.map((f) => f.id).join(', ')}</td>
          </tr>
          <tr className="border-t border-slate-200">
            <td className="py-1 font-mono">crossoverGait</td>
            <td className="py-1">both</td>
            <td className="py-1">true, false</td>
          </tr>
          <tr className="border-t border-slate-200">
            <td className="py-1 font-mono">dynamicKneeValgus</td>
            <td className="py-1">left / right</td>
            <td className="py-1">{valgusGrades.map((f) => f.id).join(', ')}</td>
          </tr>
        </tbody>
      </table>
    </main>
  );
}
