import { getApi } from '~/server/api';
import { trpcErrorResponse } from '~/server/trpc-response';

/** Downloads the patient's own plan as a PDF, through the same access rules as the portal. */
export async function GET(): Promise<Response> {
  try {
    const file = await (await getApi()).plans.pdf();
    return new Response(Buffer.from(file.base64, 'base64'), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return trpcErrorResponse(error);
  }
}
