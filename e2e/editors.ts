import path from "node:path";

export const e2ePort = Number(process.env.E2E_PORT ?? 3199);
const folder = path.join(".data", `e2e-${e2ePort}`, "auth");
export const editorAccounts = {
  folder,
  file: path.join(folder, "accounts.json"),
  state: (role: "editor" | "reviewer" | "admin") => path.join(folder, `${role}.json`),
};
