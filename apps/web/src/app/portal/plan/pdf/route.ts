import { TRPCError } from '@trpc/server';
import { getApi } from '~/server/api';

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
    if (error instanceof TRPCError) {
      const status = error.code === 'UNAUTHORIZED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 404;
      return new Response(error.message, { status });
    }
    throw error;
  }
}
