import type { ReactNode } from 'react';
import Link from 'next/link';

import type { Viewer } from '@stride/auth';

import { signOutAction } from './sign-out';

const roleLabel: Record<Viewer['role'], string> = {
  admin: 'Admin',
  clinician: 'Clinician',
  front_desk: 'Front desk',
  patient: 'Patient',
};

export function AppShell({
  viewer,
  nav,
  children,
}: {
  viewer: Viewer;
  nav: { href: string; label: string }[];
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/" className="text-lg font-bold tracking-tight text-brand-800">
            Stride
          </Link>
          <span className="hidden text-sm text-slate-600 sm:inline" data-testid="org-name">
            {viewer.organizationName}
          </span>
          <nav
            aria-label="Main"
            className="order-last flex w-full flex-wrap gap-x-4 gap-y-1 text-sm font-medium lg:order-none lg:w-auto"
          >
            {nav.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                className="text-slate-700 hover:text-brand-700"
              >
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link
              href="/account"
              className="text-right leading-tight hover:text-brand-700"
              title="Your account: sessions and password"
              data-testid="account-link"
            >
              <span className="block font-medium" data-testid="viewer-name">
                {viewer.name}
              </span>
              <span className="block text-xs text-slate-600" data-testid="viewer-role">
                {roleLabel[viewer.role]}
              </span>
            </Link>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100"
                data-testid="sign-out"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">{children}</main>
    </div>
  );
}
