import { getViewer } from '~/server/viewer';
import { redirect } from 'next/navigation';

import { homePathFor } from '@stride/auth';

/** The front door: each role goes to its own home. */
export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer ? homePathFor(viewer.role) : '/sign-in');
}
