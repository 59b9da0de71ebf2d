import { z } from '@hono/zod-openapi';

/** The zod schemas of iDempiere's login (auth.routes.ts). */

const IdOrName = z.union([z.number().int(), z.string().min(1).max(120)]);
export const LoginParameters = z
  .object({
    clientId: IdOrName.optional().openapi({ description: 'Client (tenant), by id or name; default: the first one.' }),
    roleId: IdOrName.openapi({ description: 'Role, by id or name.' }),
    organizationId: IdOrName.optional().openapi({
      description:
        'Organization, by id or name; 0 (`*`, every organization, without a warehouse) for a role with access to all of them; default: the first one.',
    }),
    warehouseId: IdOrName.optional().openapi({ description: 'Warehouse, by id or name.' }),
    language: z
      .string()
      .max(10)
      .optional()
      .openapi({ description: "Language; default: the client's.", example: 'en_US' }),
  })
  .openapi('IdAuthenticationParameters');
export const LoginRequest = z
  .object({
    userName: z.string().min(1).max(120),
    password: z.string().min(1).max(1024),
    parameters: LoginParameters.optional().openapi({
      description: 'The second step at once: answers the API token directly.',
    }),
  })
  .openapi('IdAuthenticationRequest');
export const NamedList = z.array(z.object({ id: z.number().int(), name: z.string() }).openapi('IdNamedItem'));
export const LoginResponse = z
  .object({
    clients: NamedList.optional().openapi({ description: 'First step: the clients the user may log in to.' }),
    userId: z.number().int().optional(),
    language: z.string().optional(),
    menuTreeId: z.number().int().optional(),
    token: z.string().openapi({
      description: 'First step: a token for the `/auth` calls only (10 minutes); second step: the API token.',
    }),
    refresh_token: z.string().optional().openapi({ description: 'Second step: the refresh token (rotated on use).' }),
  })
  .openapi('IdAuthenticationResponse');
export const ClientQuery = z.object({
  client: z.coerce.number().int().openapi({ description: 'The client (`AD_Client_ID`).', example: 11 }),
});
export const roleQuery = z.coerce.number().int().openapi({ description: 'The role (`AD_Role_ID`).', example: 102 });
