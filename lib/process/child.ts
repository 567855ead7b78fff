// Small process utilities for the CLI scripts: one-line step reports, child processes, ports, readiness polling.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** An error whose message is meant for the person at the terminal: printed as one line, without a stack trace. */
export class StartError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "StartError";
  }
}

function seconds(ms: number) {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Runs one step and prints one line: what it did and how long it took. */
export async function step<T>(label: string, run: () => Promise<T>, describe?: (result: T) => string): Promise<T> {
  const started = Date.now();
  const result = await run();
  const detail = describe ? `: ${describe(result)}` : "";
  console.log(`✓ ${label}${detail} (${seconds(Date.now() - started)})`);
  return result;
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function assertPortFree(port: number, what: string, variable: string) {
  if (!(await isPortFree(port))) {
    throw new StartError(`Port ${port} (${what}) is already in use.`, `Stop whatever uses it, or set ${variable} to a free port.`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function temporaryDir(prefix: string) {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Polls `check` until it resolves true, or throws after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new StartError(`${what} did not become ready within ${seconds(timeoutMs)}.`);
}

export async function httpOk(url: string, timeoutMs = 1000): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  return response.ok;
}

/** Spawns a child that is killed with us, and rejects `exited` if it dies unexpectedly. */
export function startChild(command: string, args: string[], options: SpawnOptions & { name: string }) {
  const child = spawn(command, args, { stdio: "inherit", ...options });
  let stopping = false;
  const exited = new Promise<number>((resolve, reject) => {
    child.once("error", (error) => reject(new StartError(`${options.name} could not be started: ${error.message}`)));
    child.once("exit", (code, signal) => {
      if (stopping) resolve(code ?? 0);
      else reject(new StartError(`${options.name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`));
    });
  });
  return {
    child,
    exited,
    /** SIGTERM, then SIGKILL after `graceMs`. */
    async stop(graceMs = 8000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      const killer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      child.kill("SIGTERM");
      await exited.catch(() => undefined);
      clearTimeout(killer);
    },
  };
}
export type Child = ReturnType<typeof startChild>;

export function runToCompletion(command: string, args: string[], options: SpawnOptions & { name: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(command, args, { stdio: "inherit", ...options });
    child.once("error", (error) => reject(new StartError(`${options.name} could not be run: ${error.message}`)));
    child.once("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new StartError(`${options.name} failed (${signal ?? `exit code ${code}`}).`, "See its output above.")),
    );
  });
}
