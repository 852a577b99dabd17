import { getApi } from '~/server/api';
import { trpcErrorResponse } from '~/server/trpc-response';

/** The signed-in patient's own record as a FHIR R4 Bundle; there is no id to change in the URL. */
export async function GET(): Promise<Response> {
  try {
    const file = await (await getApi()).exports.myBundle();
    return new Response(file.body, {
      headers: {
        'Content-Type': 'application/fhir+json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return trpcErrorResponse(error);
  }
}
