// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerTasks } = await import("@/lib/cache/server-tasks");
  startServerTasks();
}
