/** What `connect()` of the `nats` package (and Nest's NATS transport) takes from a NATS_URL. */
export interface NatsServerOptions {
  readonly servers: string[];
  readonly user?: string;
  readonly pass?: string;
}

/**
 * Read a NATS_URL: one URL or a comma-separated list (the nodes of a cluster, tried in turn and on reconnect),
 * each may carry the user and password of this process (`nats://registry:secret@host:4222`). The `nats` package
 * does not read credentials from a URL: they are passed as `user`/`pass`, and the servers without them.
 */
export function natsServerOptions(natsUrl: string): NatsServerOptions {
  let user: string | undefined;
  let pass: string | undefined;
  const servers = natsUrl
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const url = new URL(s);
      if (url.username) {
        user = decodeURIComponent(url.username);
        pass = decodeURIComponent(url.password);
      }
      return `${url.protocol}//${url.host}`;
    });
  return { servers, ...(user ? { user, pass } : {}) };
}

/** A NATS_URL for the logs: the servers without the password. */
export function describeNatsUrl(natsUrl: string): string {
  const { servers, user } = natsServerOptions(natsUrl);
  return `${servers.join(',')}${user ? ` (user ${user})` : ''}`;
}
