import type { Metadata } from 'next';
import { getViewer } from '~/server/viewer';
import { redirect } from 'next/navigation';

import { homePathFor } from '@stride/auth';

import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const viewer = await getViewer();
  if (viewer) redirect(homePathFor(viewer.role));
  const { next } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="text-center text-2xl font-bold tracking-tight text-brand-800">Stride</p>
        <h1 className="mt-6 text-center text-xl font-semibold">Sign in to your clinic</h1>
        <p className="mt-1 text-center text-sm text-slate-600">
          Clinicians, front desk, admins and patients all sign in here.
        </p>
        <div className="mt-8 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm next={typeof next === 'string' ? next : '/'} />
        </div>
      </div>
    </main>
  );
}
