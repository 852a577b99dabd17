import { getApi } from '~/server/api';
import { trpcErrorResponse } from '~/server/trpc-response';

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
    return trpcErrorResponse(error);
  }
}
