// Embedded PostgreSQL for `npm start` without DATABASE_URL: PGlite (PostgreSQL in WebAssembly) behind a wire-protocol socket.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

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
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
