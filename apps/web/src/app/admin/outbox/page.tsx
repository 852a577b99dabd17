import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

export const metadata: Metadata = { title: 'Outbox' };

/** Every email Stride has sent for the organisation, readable without a mail server. */
export default async function OutboxPage() {
  const viewer = await requireRole(['admin'], '/admin/outbox');
  const messages = await orPage((await getApi()).outbox.list({}));
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="text-sm text-slate-600">
        Emails Stride has sent: confirmations, reminders and waitlist offers. Newest first.
      </p>
      {messages.length === 0 ? (
        <p
          className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600"
          data-testid="outbox-empty"
        >
          Nothing has been sent yet.
        </p>
      ) : (
        <ul className="mt-6 space-y-3" data-testid="outbox-list">
          {messages.map((m) => (
            <li
              key={m.id}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="outbox-message"
            >
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span>
                  <span className="block text-sm text-slate-600">
                    To {m.toEmail} · {m.kind} ·{' '}
                    {m.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC
                  </span>
                </summary>
                <pre className="mt-3 text-sm whitespace-pre-wrap text-slate-800">{m.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
