import { TRPCError } from '@trpc/server';
import { getApi } from '~/server/api';

/** Downloads one appointment as an .ics file, through the same access rules as the portal. */
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ appointmentId: string }> },
): Promise<Response> {
  const { appointmentId } = await params;
  try {
    const file = await (await getApi()).scheduling.ics({ appointmentId });
    return new Response(file.body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = error.code === 'UNAUTHORIZED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 404;
      return new Response(error.message, { status });
    }
    throw error;
  }
}
