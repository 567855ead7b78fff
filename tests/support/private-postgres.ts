// A private PostgreSQL 15 cluster for tests that must stop and start a real database server (an outage, a recovery):
// initdb in a temporary folder, a free port, its socket in that folder. The shared server on 5432 is never touched.
// initdb and the server refuse to run as root, so as root (CI) every PostgreSQL command runs as the `postgres` system user.
import { execFile, type ExecFileOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { chmod, chown, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { freePort, temporaryDir } from "@/lib/process/child";

const run = promisify(execFile);
const DEFAULT_BIN_DIR = "/usr/lib/postgresql/15/bin";
const TIMEOUT_S = 30;

export interface PrivatePostgres {
  /** `postgresql://postgres@127.0.0.1:PORT/postgres` (trust authentication, so no password). */
  readonly url: string;
  readonly port: number;
  /** The temporary folder: the cluster is in `data/`, the server log in `server.log`, the socket beside them. */
  readonly dir: string;
  /** Starts the stopped server again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server at once, as a crash would (`-m immediate`): open connections break, new ones are refused. */
  stop(): Promise<void>;
  /** Stops the server if it runs and removes the folder. */
  destroy(): Promise<void>;
}

/** The uid/gid to run PostgreSQL's commands as: `postgres` when we are root, ourselves otherwise. */
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
  try {
    return { uid: await id("-u"), gid: await id("-g") };
  } catch {
    throw new Error("Running as root, but there is no `postgres` system user to run PostgreSQL as (initdb refuses root).");
  }
}

/** Creates and starts a private cluster. Call `destroy()` when done (an `after` hook); a forgotten one dies with the process. */
export async function startPrivatePostgres(options: { binDir?: string } = {}): Promise<PrivatePostgres> {
  const binDir = options.binDir ?? DEFAULT_BIN_DIR;
  const user = await postgresUser();
  const dir = await temporaryDir("passage-private-pg-");
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  const port = await freePort();
  // mkdtemp makes the folder 0700 for us: hand it to postgres, which creates data/ (0700) inside it.
  if (user) await chown(dir, user.uid, user.gid);
  await chmod(dir, 0o700);

  const serverLogTail = () => {
    try {
      return `\n--- last lines of ${logFile} ---\n${readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-15).join("\n")}`;
    } catch {
      return ""; // no log yet: initdb failed before the server ever started
    }
  };
  // execFile with uid/gid instead of `su -c "…"`: no shell, so no quoting; libuv drops root's supplementary groups too.
  const pg = async (command: string, args: string[]) => {
    const execOptions: ExecFileOptions = { timeout: (TIMEOUT_S + 10) * 1000, env: { ...process.env, LC_ALL: "C" }, ...user };
    try {
      await run(path.join(binDir, command), args, execOptions);
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message: string };
      throw new Error(`${command} failed: ${(stderr || message).trim()}${serverLogTail()}`);
    }
  };
  const serverOptions = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-k ${dir}`, // the Unix socket in our own folder, not in the shared /tmp or /var/run/postgresql
    // A throwaway cluster: no fsync (nothing survives a machine crash), but commits still reach the WAL before they
    // return (synchronous_commit stays on), so a committed row survives stop() as it would a real server's crash.
    "-c fsync=off -c full_page_writes=off",
    "-c max_connections=30 -c shared_buffers=16MB",
  ].join(" ");

  let running = false;
  const start = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", serverOptions, "-w", "-t", String(TIMEOUT_S), "start"]);
    running = true;
  };
  const stop = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "-t", String(TIMEOUT_S), "stop"]);
    running = false;
  };
  // If the test process ends without destroy() (a crash, a failed before hook), take the server down with it.
  // Synchronous, as an exit handler must be: SIGQUIT to the postmaster is PostgreSQL's immediate shutdown.
  const killOnExit = () => {
    if (!running) return;
    try {
      process.kill(Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]), "SIGQUIT");
    } catch {
      // already gone
    }
  };
  process.once("exit", killOnExit);

  try {
    await pg("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await start();
  } catch (error) {
    process.removeListener("exit", killOnExit);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    start,
    stop,
    async destroy() {
      process.removeListener("exit", killOnExit);
      try {
        if (running) await stop();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
