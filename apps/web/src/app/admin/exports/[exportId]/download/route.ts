import { getApi } from '~/server/api';
import { trpcErrorResponse } from '~/server/trpc-response';

/** Downloads a finished organisation export (audited by the procedure). */
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ exportId: string }> },
): Promise<Response> {
  const { exportId } = await params;
  try {
    const file = await (await getApi()).exports.orgExportFile({ exportId });
    return new Response(Buffer.from(file.base64, 'base64'), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return trpcErrorResponse(error);
  }
}
