import type { NextRequest } from 'next/server';
import { nextAuth } from '~/server/auth';

export const GET = (req: NextRequest): Promise<Response> => nextAuth().handlers.GET(req);
export const POST = (req: NextRequest): Promise<Response> => nextAuth().handlers.POST(req);
