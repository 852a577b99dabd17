import Link from 'next/link';

export function StepHeading({
  n,
  title,
  chosen,
  change,
}: {
  n: number;
  title: string;
  chosen?: string | undefined;
  change?: string | undefined;
}) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3">
      <h2 className="text-lg font-semibold">
        <span className="mr-2 inline-flex size-6 items-center justify-center rounded-full bg-brand-100 text-sm text-brand-800">
          {n}
        </span>
        {title}
      </h2>
      {chosen ? <span className="font-medium text-slate-800">{chosen}</span> : null}
      {chosen && change ? (
        <Link href={change} className="text-sm text-brand-700 underline">
          Change
        </Link>
      ) : null}
    </div>
  );
}

export function ChoiceList({
  items,
  testId,
}: {
  items: { href: string; label: string; hint?: string }[];
  testId: string;
}) {
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-3" data-testid={testId}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:bg-brand-50"
          >
            <span className="block font-medium text-brand-800">{item.label}</span>
            {item.hint ? <span className="block text-sm text-slate-600">{item.hint}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
