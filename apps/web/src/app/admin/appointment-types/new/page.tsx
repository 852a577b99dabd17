import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { staffNav } from '~/components/staff-nav';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { createTypeAction } from '../actions';
import { TypeForm } from '../type-form';

export const metadata: Metadata = { title: 'New appointment type' };

export default async function NewTypePage() {
  const viewer = await requireRole(['admin'], '/admin/appointment-types/new');
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link href="/admin/appointment-types" className="text-sm text-brand-700 underline">
        All appointment types
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">New appointment type</h1>
      <div className="mt-6 max-w-2xl">
        <Card title="Appointment type">
          <TypeForm
            action={createTypeAction}
            submitLabel="Create appointment type"
            values={{
              name: '',
              durationMinutes: 30,
              bufferBeforeMinutes: 0,
              bufferAfterMinutes: 5,
              resourceKinds: ['exam_room'],
              bookableOnline: true,
              active: true,
            }}
          />
        </Card>
      </div>
    </AppShell>
  );
}
