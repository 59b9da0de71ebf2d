import { bearer } from '../support/worker';

/**
 * One secured read per face, how it carries a token, and its 401 shape: the hardening suites iterate
 * over this table so every face gets the same attacks. Faces add themselves here as they land.
 */
export interface FaceProbe {
  face: string;
  path: string;
  headers: (token: string) => Record<string, string>;
  /** True when the body is that face's 401 error shape (and nothing else). */
  isUnauthorized: (status: number, body: unknown) => boolean;
}

const keys = (body: unknown) => (body && typeof body === 'object' ? Object.keys(body).sort().join(',') : '');

export const FACES: FaceProbe[] = [
  {
    face: 'Liberty',
    path: '/api/fmw/applications',
    headers: bearer,
    isUnauthorized: (status, body) =>
      status === 401 && keys(body) === 'message,status' && (body as { status: string }).status === 'failed',
  },
  {
    face: 'DATAGERRY',
    path: '/rest/objects/',
    headers: bearer,
    isUnauthorized: (status, body) => status === 401 && keys(body) === 'message,response,status',
  },
  {
    face: 'iDempiere',
    path: '/api/v1/models/C_BPartner',
    headers: bearer,
    isUnauthorized: (status, body) => status === 401 && keys(body) === 'detail,status,title',
  },
  {
    face: 'Ribbon2 (x-ribbon2-auth)',
    path: '/api/message',
    headers: (token) => ({ 'x-ribbon2-auth': token }),
    isUnauthorized: (status, body) =>
      status === 401 && keys(body) === 'code,message' && (body as { code: string }).code === 'ACCESS_DENIED',
  },
  {
    face: 'Ribbon2 (Bearer)',
    path: '/api/account',
    headers: bearer,
    isUnauthorized: (status, body) =>
      status === 401 && keys(body) === 'code,message' && (body as { code: string }).code === 'ACCESS_DENIED',
  },
];
