import type { ReactNode } from 'react';

/** One report: what it counts, its downloads, then chart and table side by side when wide. */
export function ReportSection({
  title,
  description,
  downloads,
  chart,
  children,
  testId,
}: {
  title: string;
  description: ReactNode;
  downloads: { href: string; label: string }[];
  chart: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <section
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      data-testid={testId}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-2xl">
          <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
          <p className="mt-1 text-sm text-slate-600">{description}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {downloads.map((d) => (
            <a
              key={d.href}
              href={d.href}
              download
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
            >
              {d.label}
            </a>
          ))}
        </div>
      </div>
      <div className="mt-5 grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div>{chart}</div>
        <div className="min-w-0 space-y-4">{children}</div>
      </div>
    </section>
  );
}
