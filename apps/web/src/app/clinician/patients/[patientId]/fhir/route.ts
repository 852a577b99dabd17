import { getApi } from '~/server/api';
import { trpcErrorResponse } from '~/server/trpc-response';

/** Downloads the patient's whole record as a FHIR R4 Bundle (clinicians at their locations, admins). */
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ patientId: string }> },
): Promise<Response> {
  const { patientId } = await params;
  try {
    const file = await (await getApi()).exports.patientBundle({ patientId });
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
