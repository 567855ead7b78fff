// The editors' workflow on a real PostgreSQL: conflicting saves, the four-eyes rule, atomic publishing, sign-in limits,
// and every mutation walked as anonymous (401), wrong role (403) and right role (works).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Pool } from "pg";
import {
  actorForToken,
  createUser,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  signIn as signInWith,
  signInLimits,
  type SignInLimits,
} from "@/lib/auth/accounts";
import { accountMutations, adminCreateUser, changePassword } from "@/lib/auth/admin";
import { completeEnrolment, secondStepLimits } from "@/lib/auth/second-factor";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { performMutation, type Mutation } from "@/lib/auth/mutation";
import { AccessError, type Actor, type Role } from "@/lib/auth/roles";
import { loadCountrySeeds } from "@/lib/content/countries";
import type { PrismaClient } from "@/lib/db/prisma";
import { factsToForm } from "@/lib/editorial/facts-form";
import { editorialMutations } from "@/lib/editorial/mutations";
import { createRateLimitPool, RATE_LIMIT_TABLE, sweepExpiredLimits } from "@/lib/http/rate-limit";
import { readPublishedChanges, readPublishedProfile, readPublishedRevisions } from "@/lib/editorial/profiles";
import { countriesWithPathway, routeTableFrom } from "@/lib/routes/table";
import { seedCountryProfiles } from "@/lib/editorial/seed";
import { publishRevision, saveRevision, submitForReview } from "@/lib/editorial/workflow";
import type { CountryFacts } from "@/lib/content/schema";
import { migratedDatabaseForSuite } from "@/tests/support/database";

const PASSWORD = "a long enough password";

describe("editorial workflow", () => {
  const database = migratedDatabaseForSuite(3);
  let prisma: PrismaClient;
  const users = {} as Record<"editor" | "editor2" | "reviewer" | "reviewer2" | "admin", Actor>;
  let germanyFacts: CountryFacts;
  let limitPool: Pool;
  let limits: SignInLimits;
  const signIn = (client: PrismaClient, input: Parameters<typeof signInWith>[2]) => signInWith(client, limits, input);
  let denmarkSeeds: { locale: string; translatedFromCurrentEnglish: boolean }[];

  before(async () => {
    prisma = database.prisma;
    limitPool = createRateLimitPool(database.url);
    limits = signInLimits(limitPool);
    const seeds = (await loadCountrySeeds()).filter((seed) => ["germany", "denmark"].includes(seed.country));
    await seedCountryProfiles(prisma, seeds);
    germanyFacts = seeds.find((seed) => seed.country === "germany" && seed.locale === "en")!.frontmatter;
    const denmarkEnglish = seeds.find((seed) => seed.country === "denmark" && seed.locale === "en")!;
    denmarkSeeds = seeds
      .filter((seed) => seed.country === "denmark")
      .map((seed) => ({
        locale: seed.locale,
        translatedFromCurrentEnglish: seed.frontmatter.translation?.sourceDigest === denmarkEnglish.digest,
      }));
    const roles: Record<keyof typeof users, Role> = {
      editor: "editor",
      editor2: "editor",
      reviewer: "reviewer",
      reviewer2: "reviewer",
      admin: "admin",
    };
    for (const [name, role] of Object.entries(roles))
      users[name as keyof typeof users] = await createUser(prisma, { email: `${name}@example.org`, role, password: PASSWORD });
  });

  after(async () => {
    await limitPool.end();
  });

  const latest = (country: string, locale: string) =>
    prisma.profileRevision.findFirstOrThrow({ where: { profile: { country, locale } }, orderBy: { number: "desc" } });
  const save = async (actor: Actor, body: string, baseRevisionId?: string, country = "germany", locale = "en") =>
    saveRevision(prisma, actor, {
      country,
      locale: locale as "en",
      baseRevisionId: baseRevisionId ?? (await latest(country, locale)).id,
      facts: germanyFacts,
      body,
    });
  /** The editor saves `body` with the latest revision's own facts, on top of that revision. */
  const saveOnLatest = async (country: string, locale: string, body: string) => {
    const base = await latest(country, locale);
    return saveRevision(prisma, users.editor, { country, locale: locale as "en", baseRevisionId: base.id, facts: base.facts, body });
  };
  const refusedWith = async (status: number, run: () => Promise<unknown>) => {
    await assert.rejects(run, (error: unknown) => error instanceof AccessError && error.status === status);
  };

  it("seeds translations with the English revision they were made from, when the files say so", async () => {
    const english = await prisma.countryProfile.findUniqueOrThrow({ where: { country_locale: { country: "denmark", locale: "en" } } });
    assert.ok(english.publishedRevisionId);
    const translations = await prisma.profileRevision.findMany({
      where: { profile: { country: "denmark", locale: { not: "en" } } },
      select: { sourceRevisionId: true, profile: { select: { locale: true } } },
    });
    assert.equal(translations.length, 5);
    // Each file says whether it was translated from the English file as it is now (its digest): exactly those have a source.
    const expected = Object.fromEntries(
      denmarkSeeds
        .filter((seed) => seed.locale !== "en")
        .map((seed) => [seed.locale, seed.translatedFromCurrentEnglish ? english.publishedRevisionId : null]),
    );
    const actual = Object.fromEntries(translations.map((revision) => [revision.profile.locale, revision.sourceRevisionId]));
    assert.deepEqual(actual, expected);
  });

  it("refuses one of two concurrent saves from the same base, and loses nothing", async () => {
    const base = await latest("germany", "en");
    const [first, second] = await Promise.all([
      save(users.editor, "## First [#first]\n\nFirst editor's text.", base.id),
      save(users.editor2, "## Second [#second]\n\nSecond editor's text.", base.id),
    ]);
    const results = [first, second];
    assert.equal(results.filter((result) => result.ok).length, 1, "exactly one save succeeds");
    const refused = results.find((result) => !result.ok)!;
    const saved = results.find((result) => result.ok)!;
    assert.ok(!refused.ok && refused.kind === "conflict");
    assert.ok(
      saved.ok && !refused.ok && refused.kind === "conflict" && refused.theirs.id === saved.revision.id,
      "the refusal shows the version that won",
    );
    // The refused editor saves again on top of the winner: both texts are kept as revisions.
    const loser = results.indexOf(refused) === 0 ? users.editor : users.editor2;
    const retry = await save(
      loser,
      results.indexOf(refused) === 0 ? "## First [#first]\n\nFirst editor's text." : "## Second [#second]\n\nSecond editor's text.",
      saved.ok ? saved.revision.id : "",
    );
    assert.ok(retry.ok);
    const bodies = (await prisma.profileRevision.findMany({ where: { profile: { country: "germany", locale: "en" } } })).map(
      (revision) => revision.body,
    );
    assert.ok(
      bodies.some((body) => body.includes("First editor's text.")) && bodies.some((body) => body.includes("Second editor's text.")),
    );
    assert.equal(bodies.length, 3, "seed revision plus both saves");
  });

  it("refuses unsafe MDX naming the line, and saves nothing", async () => {
    const before = await prisma.profileRevision.count();
    const result = await save(users.editor, "## Fine [#fine]\n\nText.\n\n<script>alert(1)</script>\n\n{process.env.SECRET}");
    assert.ok(!result.ok && result.kind === "invalid");
    assert.ok(
      !result.ok && result.kind === "invalid" && result.bodyErrors.some((problem) => /line 5/.test(problem)),
      JSON.stringify(result),
    );
    assert.equal(await prisma.profileRevision.count(), before);
  });

  it("does not let a reviewer publish their own revision", async () => {
    const own = await save(users.admin, "## By the admin [#admin]\n\nAdmin text.");
    assert.ok(own.ok);
    await submitForReview(prisma, users.admin, { revisionId: own.revision.id, changeSummary: "Checked against the official sources." });
    await refusedWith(403, () => publishRevision(prisma, users.admin, { revisionId: own.revision.id }));
    // An editor promoted to reviewer cannot publish what they wrote either.
    const draft = await save(users.editor, "## Promoted [#promoted]\n\nWritten before a promotion.");
    assert.ok(draft.ok);
    await submitForReview(prisma, users.editor, { revisionId: draft.revision.id, changeSummary: "Checked against the official sources." });
    await prisma.user.update({ where: { id: users.editor.id }, data: { role: "reviewer" } });
    await refusedWith(403, () => publishRevision(prisma, { ...users.editor, role: "reviewer" }, { revisionId: draft.revision.id }));
    await prisma.user.update({ where: { id: users.editor.id }, data: { role: "editor" } });
    assert.equal((await prisma.profileRevision.findUniqueOrThrow({ where: { id: draft.revision.id } })).status, "in_review");
  });

  it("publishes revision, pointer and audit entry in one transaction", async () => {
    const profile = await prisma.countryProfile.findUniqueOrThrow({ where: { country_locale: { country: "denmark", locale: "fr" } } });
    const draft = await save(users.editor, "## Texte [#texte]\n\nNouveau texte.", undefined, "denmark", "fr");
    assert.ok(!draft.ok, "Germany's facts are not Denmark's");
    const revision = await saveOnLatest("denmark", "fr", "## Texte [#texte]\n\nNouveau texte.");
    assert.ok(revision.ok);
    await submitForReview(prisma, users.editor, {
      revisionId: revision.revision.id,
      changeSummary: "Checked against the official sources.",
    });

    // Make the audit insert fail inside the transaction: nothing of the publish may remain.
    await prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW WHEN (NEW.action = 'publish') EXECUTE FUNCTION refuse_audit()`,
    );
    await assert.rejects(() => publishRevision(prisma, users.reviewer, { revisionId: revision.revision.id }));
    assert.equal((await prisma.profileRevision.findUniqueOrThrow({ where: { id: revision.revision.id } })).status, "in_review");
    assert.equal(
      (await prisma.countryProfile.findUniqueOrThrow({ where: { id: profile.id } })).publishedRevisionId,
      profile.publishedRevisionId,
    );
    assert.equal((await prisma.profileRevision.findUniqueOrThrow({ where: { id: profile.publishedRevisionId! } })).status, "published");
    await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditEntry"`);

    await publishRevision(prisma, users.reviewer, { revisionId: revision.revision.id });
    const published = await prisma.profileRevision.findUniqueOrThrow({ where: { id: revision.revision.id } });
    assert.equal(published.status, "published");
    assert.equal(published.reviewedById, users.reviewer.id);
    assert.equal((await prisma.countryProfile.findUniqueOrThrow({ where: { id: profile.id } })).publishedRevisionId, revision.revision.id);
    assert.equal((await prisma.profileRevision.findUniqueOrThrow({ where: { id: profile.publishedRevisionId! } })).status, "superseded");
    assert.equal(
      await prisma.auditEntry.count({ where: { action: "publish", revisionId: revision.revision.id, actorId: users.reviewer.id } }),
      1,
    );
    const page = await readPublishedProfile(prisma, "denmark", "fr");
    assert.equal(page?.revisionId, revision.revision.id);
    // Once the English profile is published again, the translation is behind it.
    const english = await saveOnLatest("denmark", "en", "## Text [#text]\n\nNew English text.");
    assert.ok(english.ok);
    await submitForReview(prisma, users.editor, {
      revisionId: english.revision.id,
      changeSummary: "Checked against the official sources.",
    });
    await publishRevision(prisma, users.reviewer, { revisionId: english.revision.id });
    assert.equal((await readPublishedProfile(prisma, "denmark", "fr"))?.outdated, true);
    assert.equal((await readPublishedProfile(prisma, "denmark", "en"))?.outdated, false);
    // Publishing twice is refused.
    await refusedWith(409, () => publishRevision(prisma, users.reviewer2, { revisionId: revision.revision.id }));
  });

  it("asks for a one-line change summary on submit and lists it in the country's and the pathway's changes", async () => {
    const draft = await saveOnLatest("germany", "en", "## Summary [#summary]\n\nText with a summary.");
    assert.ok(draft.ok);
    const submit = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(fields)) data.set(key, value);
      return performMutation(editorialMutations.submit, { prisma, actor: users.editor }, data);
    };
    for (const changeSummary of [undefined, "  ", "First line\nsecond line", "x".repeat(201)]) {
      const refused = await submit({ revisionId: draft.revision.id, ...(changeSummary === undefined ? {} : { changeSummary }) });
      assert.ok(!refused.ok && refused.status === 400 && refused.fieldIssues?.changeSummary, JSON.stringify(refused));
    }
    assert.equal((await prisma.profileRevision.findUniqueOrThrow({ where: { id: draft.revision.id } })).status, "draft");
    const accepted = await submit({ revisionId: draft.revision.id, changeSummary: "  Updated the EU Blue Card section.  " });
    assert.ok(accepted.ok, JSON.stringify(accepted));
    await publishRevision(prisma, users.reviewer, { revisionId: draft.revision.id });

    const [change] = await readPublishedChanges(prisma, "en", { countries: ["germany"] });
    assert.equal(change?.revisionId, draft.revision.id);
    assert.equal(change.changeSummary, "Updated the EU Blue Card section.");
    assert.equal(change.lastReviewed, germanyFacts.lastReviewed);
    const denmark = await readPublishedChanges(prisma, "en", { countries: ["denmark"] });
    assert.ok(denmark.length > 0 && denmark.every((other) => other.country === "denmark"));
    // Seed revisions (and those from before summaries existed) have an empty one: readers see a generic line instead.
    const seeded = await prisma.profileRevision.findFirstOrThrow({ where: { number: 1, profile: { country: "germany", locale: "en" } } });
    assert.equal(seeded.changeSummary, "");
    // A pathway's feed follows the countries where its route applies: Denmark stays out of the EU Blue Card directive.
    const table = routeTableFrom(await readPublishedRevisions(prisma));
    assert.ok(countriesWithPathway(table, "eu-blue-card").includes("germany"));
    assert.ok(!countriesWithPathway(table, "eu-blue-card").includes("denmark"));
    assert.ok(countriesWithPathway(table, "family-reunification").includes("germany"));
  });

  it("walks every mutation as anonymous (401), wrong role (403) and right role (works)", async () => {
    const form = (entries: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(entries)) data.set(key, value);
      return data;
    };
    const wrongRole: Record<string, Actor | null> = { edit: users.reviewer, review: users.editor, manageUsers: users.reviewer, view: null };
    // Every mutation the back office's server actions run (app/admin/actions.tsx wraps each with adminAction).
    const mutations: Record<string, Mutation> = { ...editorialMutations, ...accountMutations };
    const run = (name: string, actor: Actor | null, data: FormData) => performMutation(mutations[name]!, { prisma, actor }, data);
    const saveForm = async () => {
      const values = factsToForm(germanyFacts);
      return form({
        ...values,
        country: "germany",
        locale: "en",
        baseRevisionId: (await latest("germany", "en")).id,
        body: `## Walk [#walk]\n\nSaved at ${Date.now()}.`,
      });
    };
    const target = await createUser(
      prisma,
      { email: "target@example.org", role: "editor", password: PASSWORD },
      { totpSecret: newTotpSecret() },
    );

    const steps: { name: string; actor: Actor; form: () => Promise<FormData> }[] = [
      { name: "save", actor: users.editor, form: saveForm },
      {
        name: "submit",
        actor: users.editor,
        form: async () => form({ revisionId: (await latest("germany", "en")).id, changeSummary: "Updated the residence permit fees." }),
      },
      {
        name: "sendBack",
        actor: users.reviewer,
        form: async () => form({ revisionId: (await latest("germany", "en")).id, comment: "Please cite the source." }),
      },
      {
        name: "restore",
        actor: users.editor,
        form: async () =>
          form({
            revisionId: (
              await prisma.profileRevision.findFirstOrThrow({ where: { number: 1, profile: { country: "germany", locale: "en" } } })
            ).id,
            baseRevisionId: (await latest("germany", "en")).id,
          }),
      },
      {
        name: "publish",
        actor: users.reviewer,
        form: async () => {
          const revision = await latest("germany", "en");
          await submitForReview(prisma, users.editor, { revisionId: revision.id, changeSummary: "Checked against the official sources." });
          return form({ revisionId: revision.id });
        },
      },
      { name: "createUser", actor: users.admin, form: async () => form({ email: "new@example.org", role: "editor" }) },
      { name: "setRole", actor: users.admin, form: async () => form({ userId: target.id, role: "reviewer" }) },
      { name: "setDisabled", actor: users.admin, form: async () => form({ userId: target.id, disabled: "true" }) },
      { name: "changePassword", actor: users.editor2, form: async () => form({ current: PASSWORD, next: "another long password" }) },
      { name: "resetSecondFactor", actor: users.admin, form: async () => form({ userId: target.id }) },
      { name: "setEditorPolicy", actor: users.admin, form: async () => form({ policy: "required" }) },
    ];
    assert.deepEqual(steps.map((step) => step.name).sort(), Object.keys(mutations).sort(), "every mutation is walked");

    const refused = async (status: number, name: string, actor: Actor | null, data: FormData) => {
      const outcome = await run(name, actor, data);
      assert.ok(!outcome.ok && outcome.status === status, `${name}: ${JSON.stringify(outcome)}`);
    };
    for (const step of steps) {
      const permission = mutations[step.name]!.permission;
      assert.notEqual(permission, "anyone");
      const data = await step.form();
      const auditsBefore = await prisma.auditEntry.count();
      await refused(401, step.name, null, data);
      const wrong = permission === "anyone" ? null : wrongRole[permission];
      if (wrong) await refused(403, step.name, wrong, data);
      // The right role with the form emptied: the zod input check refuses it before anything is done.
      await refused(400, step.name, step.actor, new FormData());
      assert.equal(await prisma.auditEntry.count(), auditsBefore, `${step.name}: a refused call changes nothing`);
      const outcome = await run(step.name, step.actor, data);
      assert.ok(outcome.ok, `${step.name}: ${JSON.stringify(outcome)}`);
      const { result } = outcome;
      if (step.name === "createUser") assert.ok("data" in result && result.data.password!.length >= 20);
      else assert.ok("redirect" in result && result.redirect.startsWith("/admin"), step.name);
      assert.ok((await prisma.auditEntry.count()) > auditsBefore, `${step.name}: the right role's call is audited`);
    }
    assert.equal((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).disabled, true);
    assert.equal((await latest("germany", "en")).status, "published");
  });

  it("an account with a one-time password can do nothing but change it", async () => {
    const { password } = await adminCreateUser(prisma, users.admin, { email: "fresh@example.org", role: "editor" });
    const passwordStep = await signIn(prisma, { email: "fresh@example.org", password, address: "203.0.113.5" });
    assert.ok(passwordStep.ok && passwordStep.step === "enrol", "a new account enrols a second factor first");
    const { enrolSecret } = await prisma.pendingSignIn.findFirstOrThrow({
      where: { user: { email: "fresh@example.org" } },
      select: { enrolSecret: true },
    });
    const session = await completeEnrolment(prisma, secondStepLimits(limitPool), {
      pendingToken: passwordStep.pendingToken,
      code: totpCode(enrolSecret!),
      address: "203.0.113.5",
    });
    assert.ok(session.ok && session.actor.mustChangePassword);
    const fresh = (await actorForToken(prisma, session.token))!;
    await refusedWith(403, () => save(fresh, "## Too early [#early]\n\nText."));
    await refusedWith(422, () => changePassword(prisma, fresh, { current: password, next: password }));
    await changePassword(prisma, fresh, { current: password, next: "my own long password" });
    const changed = (await actorForToken(prisma, session.token))!;
    assert.equal(changed.mustChangePassword, false);
    assert.ok((await save(changed, "## Now [#now]\n\nText.")).ok);
  });

  it("rate-limits sign-in per account and per address, with the same answer for unknown accounts", async () => {
    const unknown = await signIn(prisma, { email: "nobody@example.org", password: "whatever", address: "192.0.2.1" });
    const wrong = await signIn(prisma, { email: "reviewer2@example.org", password: "wrong password", address: "192.0.2.1" });
    assert.deepEqual(unknown, { ok: false, reason: "invalid" });
    assert.deepEqual(wrong, { ok: false, reason: "invalid" });
    for (let attempt = 1; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1)
      await signIn(prisma, { email: "reviewer2@example.org", password: "wrong", address: `192.0.2.${attempt + 10}` });
    assert.deepEqual(
      await signIn(prisma, { email: "reviewer2@example.org", password: PASSWORD, address: "192.0.2.99" }),
      { ok: false, reason: "throttled" },
      "the account is locked even with the right password",
    );

    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1)
      await signIn(prisma, { email: `guess${attempt}@example.org`, password: "x", address: "198.51.100.7" });
    assert.deepEqual(await signIn(prisma, { email: "admin@example.org", password: PASSWORD, address: "198.51.100.7" }), {
      ok: false,
      reason: "throttled",
    });
    const fine = await signIn(prisma, { email: "admin@example.org", password: PASSWORD, address: "198.51.100.8" });
    assert.ok(fine.ok, "another address still signs in");
  });

  it("keeps the failure counters in the shared table, and only for the length of their window", async () => {
    const { rows } = await limitPool.query<{ key: string; expire: string }>(`SELECT key, expire FROM "${RATE_LIMIT_TABLE}"`);
    assert.ok(
      rows.some((row) => row.key === "sign-in-address:198.51.100.7"),
      JSON.stringify(rows.map((row) => row.key)),
    );
    assert.ok(rows.some((row) => row.key === "sign-in-account:reviewer2@example.org"));
    for (const row of rows) assert.ok(Number(row.expire) <= Date.now() + 15 * 60 * 1000, `${row.key} expires within its window`);
    assert.equal(await sweepExpiredLimits(limitPool), 0, "nothing is swept before its window ends");
    assert.equal(await sweepExpiredLimits(limitPool, Date.now() + 15 * 60 * 1000 + 1), rows.length, "everything is swept after it");
    const fresh = await signIn(prisma, { email: "admin@example.org", password: PASSWORD, address: "198.51.100.7" });
    assert.ok(fresh.ok, "an address whose window ended signs in again");
  });

  it("leaves the password hash out of every default read of an account", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: users.admin.id } });
    assert.equal("passwordHash" in user, false);
    assert.equal("passwordHash" in (await prisma.user.findMany())[0]!, false);
    const selected = await prisma.user.findUniqueOrThrow({ where: { id: users.admin.id }, select: { passwordHash: true } });
    assert.match(selected.passwordHash, /^\$argon2id\$/);
  });
});
