import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Stride', template: '%s · Stride' },
  description: 'Practice platform for sports clinics that treat runners with knee pain.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which a nonce-based CSP needs:
  // a page prerendered at build time would carry scripts without this request's nonce.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {children}
      </body>
    </html>
  );
}
