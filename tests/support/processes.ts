// Reads other processes of this user through /proc (Linux): to check what a running server holds in its environment
// and on its command line.
import { readdirSync, readFileSync } from "node:fs";

function readNulSeparated(file: string): string[] | null {
  try {
    return readFileSync(file, "utf8").split("\0").filter(Boolean);
  } catch {
    return null;
  }
}

/** Process ids whose command line (arguments joined with spaces) matches. */
export function findProcesses(matches: (commandLine: string) => boolean): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      const args = readNulSeparated(`/proc/${pid}/cmdline`);
      return args !== null && matches(args.join(" "));
    });
}

export function commandLine(pid: number): string {
  return (readNulSeparated(`/proc/${pid}/cmdline`) ?? []).join(" ");
}

/** The environment a process was started with, as NAME → value. */
export function processEnvironment(pid: number): Map<string, string> {
  const entries = readNulSeparated(`/proc/${pid}/environ`) ?? [];
  return new Map(entries.map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]));
}
