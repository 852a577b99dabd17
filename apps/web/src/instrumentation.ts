/** Starts the background workers when the server boots, so reminders go out without a first request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const { getJobRunner } = await import('./server/jobs');
  await getJobRunner();
}
