import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { SqliteReadThread } from './sqlite-read-thread';

jest.setTimeout(30_000);

describe('SqliteReadThread', () => {
  let dir: string;
  let file: string;
  let writer: Database.Database;
  let thread: SqliteReadThread | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-read-thread-'));
    file = path.join(dir, 'db.sqlite');
    writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.exec(`create table t (id integer primary key, name text, at integer)`);
    writer.prepare(`insert into t (id, name, at) values (1, 'a', 10), (2, 'b', null)`).run();
  });

  afterEach(async () => {
    await thread?.close();
    thread = undefined;
    writer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should answer the rows a connection of the service reads, and the last commit made meanwhile', async () => {
    // Arrange
    thread = new SqliteReadThread(file);
    const sql = 'select * from t order by id';

    // Act
    const before = await thread.all(sql);
    writer.prepare(`insert into t (id, name, at) values (3, 'c', 30)`).run();
    const after = await thread.all(sql);
    const count = await thread.get<{ count: number }>('select count(*) as count from t');
    const none = await thread.get('select * from t where id = 99');

    // Assert
    expect(before).toEqual(writer.prepare('select * from t where id < 3 order by id').all());
    expect(after).toEqual(writer.prepare(sql).all());
    expect(count).toEqual({ count: 3 });
    expect(none).toBeNull();
  });

  it('should answer undefined (read it in-process) when a query fails there, when it cannot start, and once closed', async () => {
    // Arrange
    thread = new SqliteReadThread(file);
    const missing = new SqliteReadThread(path.join(dir, 'missing.sqlite'));

    // Act
    const failed = await thread.all('select * from no_such_table');
    const write = await thread.all(`insert into t (id, name) values (9, 'x')`);
    const fine = await thread.get<{ n: number }>('select 1 as n');
    const fromMissing = await missing.all('select 1');
    await thread.close();
    const closed = await thread.all('select 1');

    // Assert
    expect(failed).toBeUndefined();
    expect(write).toBeUndefined();
    expect(writer.prepare('select count(*) as n from t where id = 9').get()).toEqual({ n: 0 });
    expect(fine).toEqual({ n: 1 });
    expect(fromMissing).toBeUndefined();
    expect(closed).toBeUndefined();
  });
});
