// Embedded PostgreSQL for `npm start` without DATABASE_URL: PGlite (PostgreSQL in WebAssembly) behind a wire-protocol socket.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** The embedded database's address on a port: the start script serves it there, CLIs connect to it while `npm start` runs. */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** DATABASE_URL when set, else the embedded database of a running `npm start`. */
export function databaseUrlOf(env: { DATABASE_URL?: string; EMBEDDED_DB_PORT: number }): string {
  return env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DB_PORT);
}

export interface EmbeddedPostgres {
  connectionString: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // Connections over the limit are refused, not queued: leave room for the app's pool plus a CLI script.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 12 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    connectionString: embeddedDatabaseUrl(port),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
