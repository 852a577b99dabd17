import Link from 'next/link';

export default function Forbidden() {
  return (
    <main
      className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6"
      data-testid="forbidden"
    >
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">This page is not part of your role</h1>
      <p className="mt-3 text-slate-600">
        Your account does not have access here. If you think it should, ask an administrator of your
        clinic.
      </p>
      <Link
        href="/"
        className="mt-6 inline-flex w-fit rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        Go to my home page
      </Link>
    </main>
  );
}
