import { getApi } from '~/server/api';
import { trpcErrorResponse } from '~/server/trpc-response';

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
    return trpcErrorResponse(error);
  }
}
