import { createRoute, z } from '@hono/zod-openapi';
import { deleteUserSetting, listUserSettings, readUserSetting, saveUserSetting } from '../../core/cmdb/settings';
import { SECURITY } from '../../lib/openapi';
import { actorOf } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { DeleteOf, deleted, errorResponses, InsertOf, inserted, json, OneOf, putAndPatch, updated } from './envelope';
import { EXAMPLES, TAGS } from './openapi';
import { location } from './route-common';

const Setting = z
  .object({
    identifier: z.string(),
    user_id: z.number().int(),
    payload: z.unknown().openapi({ description: "The setting's value: any JSON the client stores." }),
    setting_type: z.string().openapi({ description: 'GLOBAL or APPLICATION.' }),
  })
  .openapi('DgUserSetting');
const SettingInput = z
  .object({
    identifier: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/),
    user_id: z.number().int().optional().openapi({ description: 'Ignored: the path names the user.' }),
    payload: z.unknown().default({}).openapi({ description: 'Any JSON (at most 100 000 characters).' }),
    setting_type: z.enum(['GLOBAL', 'APPLICATION']).default('GLOBAL'),
  })
  .openapi('DgUserSettingInput');

/** DATAGERRY's user settings (`/users/{public_id}/settings`): list, read, create, update, delete. */
export function userSettingRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;

  // Settings
  const UserId = z.object({
    public_id: z.coerce.number().int().positive().openapi({ description: "The user's public id.", example: 1 }),
  });
  const SettingId = UserId.extend({
    identifier: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,100}$/)
      .openapi({ description: "The setting's identifier.", example: 'dashboard' }),
  });
  const settingBody = {
    content: { 'application/json': { schema: SettingInput, example: EXAMPLES.setting } },
    required: true,
  };
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users/{public_id}/settings',
      operationId: 'datagerryListUserSettings',
      tags: [TAGS.settings.name],
      description: "Every setting of the user: the caller's own, or anyone's for an administrator (403 otherwise).",
      security,
      middleware: [dgAuth],
      summary: "A user's settings (own, or admin)",
      request: { params: UserId },
      responses: {
        200: json(
          z
            .object({ results: z.array(Setting), response_type: z.string(), model: z.string(), time: z.string() })
            .openapi('DgUserSettings'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const results = await listUserSettings(c.var.data.d1(), actorOf(c), id);
      c.header('X-Total-Count', String(results.length));
      return c.json({ results, response_type: 'GET', model: 'UserSetting', time: new Date().toISOString() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/users/{public_id}/settings/{identifier}',
      operationId: 'datagerryGetUserSetting',
      tags: [TAGS.settings.name],
      description: 'One setting of the user, in a one-item `results` list.',
      security,
      middleware: [dgAuth],
      summary: 'One setting',
      request: { params: SettingId },
      responses: {
        200: json(
          z
            .object({ results: z.array(Setting), response_type: z.string(), model: z.string(), time: z.string() })
            .openapi('DgUserSettingResult'),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { public_id, identifier } = c.req.valid('param');
      const setting = await readUserSetting(c.var.data.d1(), actorOf(c), public_id, identifier);
      return c.json(
        { results: [setting], response_type: 'GET', model: 'UserSetting', time: new Date().toISOString() },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/users/{public_id}/settings',
      operationId: 'datagerryCreateUserSetting',
      tags: [TAGS.settings.name],
      description:
        "Inserts a setting for the user (the path's user, whatever the body says); 409 when the identifier exists.",
      security,
      middleware: [dgAuth],
      summary: 'Insert a setting',
      request: { params: UserId, body: settingBody },
      responses: { 201: json(InsertOf(Setting).openapi('DgUserSettingInserted'), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const body = c.req.valid('json');
      const setting = await saveUserSetting(c.var.data.d1(), actorOf(c), { ...body, user_id: id }, 'insert');
      location(c, `/users/${id}/settings/${setting.identifier}`);
      return c.json(inserted('UserSetting', setting.identifier, setting), 201);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/users/{public_id}/settings/{identifier}',
      operationId: 'datagerryUpdateUserSetting',
      tags: [TAGS.settings.name],
      description: 'Replaces a setting of the user.',
      security,
      middleware: [dgAuth],
      summary: 'Update a setting',
      request: { params: SettingId, body: settingBody },
      responses: { 202: json(OneOf(Setting).openapi('DgUserSettingUpdated'), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const { public_id, identifier } = c.req.valid('param');
      const setting = await saveUserSetting(
        c.var.data.d1(),
        actorOf(c),
        { ...c.req.valid('json'), identifier, user_id: public_id },
        'update',
      );
      location(c, `/users/${public_id}/settings/${identifier}`);
      return c.json(updated('UserSetting', setting), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/users/{public_id}/settings/{identifier}',
      operationId: 'datagerryDeleteUserSetting',
      tags: [TAGS.settings.name],
      description: 'Deletes a setting of the user.',
      security,
      middleware: [dgAuth],
      summary: 'Delete a setting',
      request: { params: SettingId },
      responses: { 202: json(DeleteOf(Setting).openapi('DgUserSettingDeleted'), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const { public_id, identifier } = c.req.valid('param');
      return c.json(
        deleted('UserSetting', await deleteUserSetting(c.var.data.d1(), actorOf(c), public_id, identifier)),
        202,
      );
    },
  );
  return app;
}
