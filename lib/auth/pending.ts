// The pending sign-in of this request's cookie, for the second-step pages.
import "server-only";
import { db } from "@/lib/db/client";
import { pendingSignIn } from "./second-factor";
import { pendingToken } from "./session";

export async function currentPendingSignIn() {
  return pendingSignIn(db(), await pendingToken());
}
