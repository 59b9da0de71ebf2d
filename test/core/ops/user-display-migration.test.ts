import { applyD1Migrations, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { resetCaches } from '../../../src/core/ops/cache';
import { downgrade, upgrade } from '../../../src/core/ops/setup';
import { emptyDatabase } from '../../support/storage';

/**
 * migrations/0011_liberty_user_display.sql: users' `theme` becomes the theme name (default 'liberty') and
 * `mode` the colour mode (default 'light'), Liberty's USR_THEME and USR_MODE. A colour mode the old
 * `theme` held moves to `mode`; memberships (children of users) survive; the down script goes back.
 */

const NAME = '0011_liberty_user_display';
const db = env.DB;

const display = async () =>
  (
    await db
      .prepare('select login, theme, mode from users where login in (?, ?, ?) order by login')
      .bind('u-dark', 'u-default', 'u-themed')
      .all()
  ).results;

describe('migration 0011_liberty_user_display', () => {
  it('moves colour modes out of theme, keeps rows and memberships, and is undone by its down script', async () => {
    await emptyDatabase(db);
    await applyD1Migrations(
      db,
      env.TEST_MIGRATIONS.filter((m) => m.name < NAME),
    );
    await db.batch([
      db.prepare(
        "insert into users (login, theme, mode) values ('u-dark', 'dark', 'session'), ('u-themed', 'modernBluePurple', 'framework')",
      ),
      db.prepare("insert into users (login) values ('u-default')"),
      db.prepare(
        "insert into user_groups (user_id, group_id, is_primary) select id, 2, 1 from users where login like 'u-%'",
      ),
    ]);
    await applyD1Migrations(
      db,
      env.TEST_MIGRATIONS.filter((m) => m.name <= `${NAME}.sql`),
    );
    resetCaches();
    expect(await display()).toEqual([
      { login: 'u-dark', theme: 'liberty', mode: 'dark' },
      { login: 'u-default', theme: 'liberty', mode: 'light' },
      { login: 'u-themed', theme: 'modernBluePurple', mode: 'light' },
    ]);
    const members = "select count(*) as n from user_groups g join users u on u.id = g.user_id where u.login like 'u-%'";
    expect(await db.prepare(members).first()).toEqual({ n: 3 });
    await db.prepare("insert into users (login) values ('u-new')").run();
    expect(await db.prepare("select theme, mode from users where login = 'u-new'").first()).toEqual({
      theme: 'liberty',
      mode: 'light',
    });
    await db.prepare("delete from users where login = 'u-new'").run();

    expect(await downgrade(db, 'default', '0010')).toEqual([NAME]);
    expect(await display()).toEqual([
      { login: 'u-dark', theme: 'dark', mode: 'session' },
      { login: 'u-default', theme: 'light', mode: 'session' },
      { login: 'u-themed', theme: 'modernBluePurple', mode: 'session' },
    ]);
    // Upgrading applies it again (and any later migration after it).
    expect((await upgrade(db, 'default'))[0]).toBe(NAME);
    expect(await display()).toEqual([
      { login: 'u-dark', theme: 'liberty', mode: 'dark' },
      { login: 'u-default', theme: 'liberty', mode: 'light' },
      { login: 'u-themed', theme: 'modernBluePurple', mode: 'light' },
    ]);
    expect(await db.prepare(members).first()).toEqual({ n: 3 });
  });
});
