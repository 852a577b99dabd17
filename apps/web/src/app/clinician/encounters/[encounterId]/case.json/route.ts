import { TRPCError } from '@trpc/server';
import { getApi } from '~/server/api';

/** Downloads the encounter as a stride.case/v1 document. */
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ encounterId: string }> },
): Promise<Response> {
  const { encounterId } = await params;
  try {
    const doc = await (await getApi()).encounters.exportCase({ encounterId });
    return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="stride-case-${encounterId.slice(0, 8)}.json"`,
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
