import { Card } from '~/components/card';
import { formatDate } from '~/components/format';
import { getApi, orPage } from '~/server/api';
import Link from 'next/link';

/** Due and missed check-in questionnaires, as tasks on the portal home; nothing when none are open. */
export async function FollowUpTasks() {
  const tasks = await orPage((await getApi()).followUps.mine());
  if (tasks.length === 0) return null;
  return (
    <Card title="Check-ins to answer" testId="follow-up-tasks">
      <ul className="divide-y divide-slate-100">
        {tasks.map((task) => (
          <li
            key={task.id}
            className="flex flex-wrap items-center justify-between gap-3 py-2"
            data-testid={`follow-up-task-${task.id}`}
          >
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">{task.title}</p>
              <p className={task.status === 'missed' ? 'text-amber-800' : 'text-slate-600'}>
                {task.status === 'missed'
                  ? `Overdue since ${formatDate(task.dueDate)}: it still helps your clinician.`
                  : `Due ${formatDate(task.dueDate)} · about two minutes`}
              </p>
            </div>
            <Link
              href={`/portal/follow-ups/${task.id}`}
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
              data-testid="follow-up-task-link"
            >
              {task.started ? 'Continue' : 'Start'}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
