import Link from 'next/link';

export default function NotFound() {
  return (
    <main
      className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6"
      data-testid="not-found"
    >
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">We could not find that</h1>
      <p className="mt-3 text-slate-600">
        The page or record does not exist, or it is not one you can open.
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
