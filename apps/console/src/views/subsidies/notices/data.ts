export type NoticeRow = Api.Subsidies.Notice;

/** The list query: `unread=true` only when the switch is on (the API reads an absent value as "all"). */
export function toNoticeQuery(unreadOnly: boolean, page: number, pageSize: number): Api.Subsidies.NoticeQuery {
  return { ...(unreadOnly ? { unread: true } : {}), page, pageSize };
}

/** The list after one notice was marked read (in place; dropped when only unread ones are shown). */
export function afterRead(rows: readonly NoticeRow[], updated: NoticeRow, unreadOnly: boolean): NoticeRow[] {
  return unreadOnly ? rows.filter((r) => r.id !== updated.id) : rows.map((r) => (r.id === updated.id ? updated : r));
}
