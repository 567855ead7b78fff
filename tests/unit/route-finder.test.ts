import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api/openapi";
import { loadGuidancePage } from "@/lib/content/guidance";
import { locales } from "@/lib/i18n/locales";
import { answerFor, type Result } from "@/lib/route-finder/answer";
import { checklistSections } from "@/lib/route-finder/checklist";
import { rules, type FinderCountry } from "@/lib/route-finder/decision-table";
import { evaluate, type Evaluation } from "@/lib/route-finder/engine";
import { finderPurposes, nextQuestion, relevantAnswers, type Answers, type FinderPurpose } from "@/lib/route-finder/questions";
import { routeFinderGET } from "@/lib/route-finder/http";
import { parseLenient, parseStrict } from "@/lib/route-finder/request";
import { finderAnswerSchema } from "@/lib/route-finder/schemas";
import { contentFinderCountries, translator } from "../support/finder";

let countries: FinderCountry[];
const slugs = () => countries.map((country) => country.slug);
const country = (slug: string) => countries.find((candidate) => candidate.slug === slug)!;
/** Every rule id that fired in this file: the last test checks that each rule of the table was exercised. */
const fired = new Set<string>();
function run(slug: string, answers: Answers): Evaluation {
  const evaluation = evaluate(country(slug), { country: slug, ...answers });
  for (const judged of [...evaluation.matches, ...evaluation.excluded]) for (const reason of judged.reasons) fired.add(reason.rule);
  return evaluation;
}
const ids = (judged: Evaluation["matches"]) => judged.map((entry) => entry.route.id);
const reasonOf = (evaluation: Evaluation, route: string, rule: string) =>
  [...evaluation.matches, ...evaluation.excluded].find((entry) => entry.route.id === route)?.reasons.find((reason) => reason.rule === rule);

/** Complete answers for each purpose, the most favourable ones. */
const complete: Record<FinderPurpose, Answers> = {
  work: { purpose: "work", jobOffer: "yes", qualification: "higher", salary: "above", regulated: "no" },
  study: { purpose: "study", admission: "yes" },
  research: { purpose: "research", admission: "yes" },
  training: { purpose: "training" },
  seasonal: { purpose: "seasonal" },
  family: { purpose: "family", sponsor: "permit" },
  business: { purpose: "business" },
  "job-search": { purpose: "job-search" },
  transfer: { purpose: "transfer" },
  "long-term": { purpose: "long-term", years: 5 },
  "short-stay": { purpose: "short-stay" },
};

before(async () => {
  countries = await contentFinderCountries("en");
});

describe("route finder questions", () => {
  it("asks country, then purpose, then only the questions that matter for it", () => {
    assert.equal(nextQuestion({}), "country");
    assert.equal(nextQuestion({ country: "germany" }), "purpose");
    assert.equal(nextQuestion({ country: "germany", purpose: "work" }), "jobOffer");
    assert.equal(nextQuestion({ country: "germany", purpose: "work", jobOffer: "no" }), null);
    assert.equal(nextQuestion({ country: "germany", purpose: "work", jobOffer: "yes" }), "qualification");
    assert.equal(nextQuestion({ country: "germany", purpose: "work", jobOffer: "yes", qualification: "higher" }), "salary");
    assert.equal(nextQuestion({ country: "germany", purpose: "work", jobOffer: "yes", qualification: "vocational" }), "regulated");
    assert.equal(nextQuestion({ country: "germany", purpose: "family" }), "sponsor");
    assert.equal(nextQuestion({ country: "germany", purpose: "study" }), "admission");
    assert.equal(nextQuestion({ country: "germany", purpose: "research" }), "admission");
    assert.equal(nextQuestion({ country: "germany", purpose: "long-term" }), "years");
    for (const purpose of ["training", "seasonal", "business", "job-search", "transfer", "short-stay"] as const)
      assert.equal(nextQuestion({ country: "germany", purpose }), null, purpose);
  });

  it("drops answers that do not matter for the purpose", () => {
    assert.deepEqual(relevantAnswers({ country: "spain", purpose: "study", jobOffer: "yes", admission: "no" }), {
      country: "spain",
      purpose: "study",
      admission: "no",
    });
    assert.deepEqual(relevantAnswers({ country: "spain", purpose: "work", jobOffer: "yes", qualification: "none", salary: "above" }), {
      country: "spain",
      purpose: "work",
      jobOffer: "yes",
      qualification: "none",
    });
  });
});

describe("route finder API parameters", () => {
  const strict = (query: string) => parseStrict(new URLSearchParams(query), slugs());
  it("refuses unknown parameters, naming them", () => {
    const parsed = strict("country=germany&utm_source=x");
    assert.equal(parsed.ok, false);
    assert.match((parsed as { message: string }).message, /utm_source/);
  });
  for (const [query, name] of [
    ["country=atlantis", "country"],
    ["purpose=holiday", "purpose"],
    ["jobOffer=maybe", "jobOffer"],
    ["qualification=phd", "qualification"],
    ["salary=high", "salary"],
    ["regulated=perhaps", "regulated"],
    ["sponsor=friend", "sponsor"],
    ["admission=soon", "admission"],
    ["years=51", "years"],
    ["years=-1", "years"],
    ["years=2.5", "years"],
    ["locale=de", "locale"],
    ["country=germany&country=spain", "country"],
  ] as const)
    it(`refuses ${query}, naming ${name}`, () => {
      const parsed = strict(query);
      assert.equal(parsed.ok, false);
      assert.match((parsed as { message: string }).message, new RegExp(`^${name}:`));
    });
  it("accepts known answers that do not matter and ignores them", () => {
    assert.deepEqual(strict("country=germany&purpose=study&jobOffer=yes&admission=yes&locale=ar"), {
      ok: true,
      locale: "ar",
      answers: { country: "germany", purpose: "study", admission: "yes" },
    });
  });
  it("the page drops unknown parameters and invalid values instead", () => {
    assert.deepEqual(parseLenient({ country: "germany", purpose: "holiday", fbclid: "x", utm_medium: "y" }, slugs()), {
      answers: { country: "germany" },
      invalid: ["purpose"],
    });
  });
});

describe("GET /api/route refusals", () => {
  for (const [query, name] of [
    ["country=germany&fbclid=abc", "fbclid"],
    ["country=germany&purpose=work&jobOffer=perhaps", "jobOffer"],
    ["country=germany&purpose=long-term&years=abc", "years"],
    ["purpose=work&purpose=study", "purpose"],
  ] as const)
    it(`400 naming ${name} for ${query}, not cached`, async () => {
      const response = await routeFinderGET(new Request(`http://localhost/api/route?${query}`));
      assert.equal(response.status, 400);
      assert.equal(response.headers.get("cache-control"), "no-store");
      assert.match(((await response.json()) as { error: string }).error, new RegExp(name));
    });
});

describe("route finder decision table", () => {
  it("Blue Card: a job offer, higher qualifications and a salary above the threshold, citing Art. 5", () => {
    const evaluation = run("germany", complete.work);
    assert.equal(ids(evaluation.matches)[0], "eu-blue-card");
    assert.equal(reasonOf(evaluation, "eu-blue-card", "blue-card-job-offer")?.basis.article, "Art. 5(1)(a)");
    assert.equal(reasonOf(evaluation, "eu-blue-card", "blue-card-higher-qualification")?.basis.article, "Art. 5(1)(b)");
    assert.equal(reasonOf(evaluation, "eu-blue-card", "blue-card-salary-above")?.basis.article, "Art. 5(3)");
    assert.ok(reasonOf(evaluation, "eu-blue-card", "directive-applies"));
  });

  it("no job offer: no Blue Card (Art. 5(1)(a)), no route that needs an offer, and the job-search routes fit", () => {
    const evaluation = run("germany", { purpose: "work", jobOffer: "no" });
    assert.ok(ids(evaluation.excluded).includes("eu-blue-card"));
    assert.equal(reasonOf(evaluation, "eu-blue-card", "blue-card-no-job-offer")?.basis.title, "Directive (EU) 2021/1883");
    assert.ok(reasonOf(evaluation, "single-permit", "needs-job-offer"));
    assert.ok(ids(evaluation.matches).includes("job-seeker"));
    assert.ok(reasonOf(evaluation, "job-seeker", "no-job-offer-search"));
    assert.ok(evaluation.matches.every((match) => !match.route.facts.requirements.jobOffer));
  });

  it("salary below the threshold excludes the Blue Card; unsure keeps it with a caveat, after the routes without one", () => {
    const below = run("france", { ...complete.work, salary: "below" });
    assert.equal(reasonOf(below, "eu-blue-card", "blue-card-salary-below")?.basis.article, "Art. 5(3) to (5)");
    assert.ok(!ids(below.matches).includes("eu-blue-card"));
    const unsure = run("france", { ...complete.work, salary: "unsure" });
    const blueCard = unsure.matches.find((match) => match.route.id === "eu-blue-card")!;
    assert.equal(blueCard.reasons.find((reason) => reason.rule === "blue-card-salary-unsure")?.effect, "caveat");
    const position = unsure.matches.indexOf(blueCard);
    assert.ok(unsure.matches.slice(0, position).every((match) => !match.reasons.some((reason) => reason.effect === "caveat")));
  });

  it("a vocational or no qualification excludes the Blue Card and the schemes that need a degree", () => {
    const vocational = run("germany", { purpose: "work", jobOffer: "yes", qualification: "vocational", regulated: "no" });
    assert.ok(reasonOf(vocational, "eu-blue-card", "blue-card-qualification"));
    assert.ok(ids(vocational.matches).includes("single-permit"));
    const none = run("austria", { purpose: "work", jobOffer: "yes", qualification: "none", regulated: "no" });
    assert.ok(
      none.excluded.some((entry) =>
        entry.reasons.some((reason) => ["needs-degree", "needs-qualification", "highly-skilled-scheme"].includes(reason.rule)),
      ),
    );
  });

  it("a regulated profession: recognition is a caveat on every work route; unsure asks to find out", () => {
    const regulated = run("germany", { ...complete.work, regulated: "yes" });
    assert.ok(reasonOf(regulated, "eu-blue-card", "blue-card-regulated"));
    assert.ok(reasonOf(regulated, "single-permit", "regulated-recognition"));
    const unsure = run("germany", { ...complete.work, regulated: "unsure" });
    assert.ok(reasonOf(unsure, "single-permit", "regulated-unsure"));
  });

  for (const [slug, protocol] of [
    ["denmark", "Protocol No 22"],
    ["ireland", "Protocol No 21"],
  ] as const)
    it(`${slug} opts out of every legal-migration directive it does not take part in (${protocol})`, () => {
      const facts = country(slug).facts;
      const expectations: [FinderPurpose, Answers, string, keyof typeof facts.directives][] = [
        ["work", complete.work, "eu-blue-card", "blueCard"],
        ["work", complete.work, "single-permit", "singlePermit"],
        ["study", complete.study, "student", "studentsResearchers"],
        ["research", complete.research, "researcher", "studentsResearchers"],
        ["training", complete.training, "trainee-volunteer-au-pair", "studentsResearchers"],
        ["seasonal", complete.seasonal, "seasonal-worker", "seasonalWorkers"],
        ["transfer", complete.transfer, "intra-corporate-transferee", "intraCorporateTransfer"],
        ["family", complete.family, "family-reunification", "familyReunification"],
        ["long-term", complete["long-term"], "long-term-resident", "longTermResidents"],
      ];
      for (const [, answers, route, directive] of expectations) {
        assert.equal(facts.directives[directive], false, `${slug} ${directive}`);
        const evaluation = run(slug, answers);
        const reason = reasonOf(evaluation, route, "opt-out");
        assert.ok(reason && ids(evaluation.excluded).includes(route), `${slug}: ${route} excluded`);
        assert.match(reason.basis.title, new RegExp(protocol));
      }
    });

  it("an opt-out country still has free movement for the family of EU citizens", () => {
    const evaluation = run("denmark", { purpose: "family", sponsor: "eu-citizen" });
    assert.deepEqual(ids(evaluation.matches), ["family-of-eu-citizens"]);
  });

  it("family of EU citizens (2004/38/EC) versus family reunification (2003/86/EC) versus family of nationals", () => {
    const euCitizen = run("italy", { purpose: "family", sponsor: "eu-citizen" });
    assert.deepEqual(ids(euCitizen.matches), ["family-of-eu-citizens"]);
    assert.equal(reasonOf(euCitizen, "family-of-eu-citizens", "family-eu-citizen")?.basis.title, "Directive 2004/38/EC");
    assert.equal(reasonOf(euCitizen, "family-reunification", "family-reunification-eu-citizen")?.basis.article, "Art. 3(3)");
    assert.ok(reasonOf(euCitizen, "family-of-nationals", "family-nationals-other-sponsor"));

    const national = run("italy", { purpose: "family", sponsor: "national" });
    assert.deepEqual(ids(national.matches), ["family-of-nationals"]);
    assert.ok(reasonOf(national, "family-of-eu-citizens", "family-eu-citizen-not-national"));
    assert.ok(reasonOf(national, "family-reunification", "family-reunification-national"));
    assert.ok(reasonOf(national, "family-of-nationals", "family-nationals"));

    for (const [sponsor, title, article] of [
      ["blue-card", "Directive (EU) 2021/1883", "Art. 17"],
      ["researcher", "Directive (EU) 2016/801", "Art. 26"],
      ["ict", "Directive 2014/66/EU", "Art. 19"],
      ["permit", "Directive 2003/86/EC", "Art. 3(1)"],
    ] as const) {
      const evaluation = run("italy", { purpose: "family", sponsor });
      assert.ok(ids(evaluation.matches).includes("family-reunification"), sponsor);
      assert.deepEqual(
        reasonOf(evaluation, "family-reunification", "family-reunification-sponsor")?.basis && {
          title: reasonOf(evaluation, "family-reunification", "family-reunification-sponsor")!.basis.title,
          article: reasonOf(evaluation, "family-reunification", "family-reunification-sponsor")!.basis.article,
        },
        { title, article },
      );
      assert.ok(reasonOf(evaluation, "family-of-eu-citizens", "family-eu-citizen-third-country"));
    }
    // Denmark's own family reunification scheme answers a sponsor from outside the EU.
    const danish = run("denmark", { purpose: "family", sponsor: "permit" });
    assert.ok(danish.matches.some((match) => match.route.scheme && match.reasons.some((reason) => reason.rule === "family-scheme")));
  });

  it("long-term residence needs five years (Directive 2003/109/EC, Art. 4(1))", () => {
    const four = run("spain", { purpose: "long-term", years: 4 });
    assert.equal(reasonOf(four, "long-term-resident", "long-term-under-five-years")?.basis.article, "Art. 4(1)");
    assert.ok(!ids(four.matches).includes("long-term-resident"));
    const five = run("spain", { purpose: "long-term", years: 5 });
    assert.ok(ids(five.matches).includes("long-term-resident"));
    assert.equal(reasonOf(five, "long-term-resident", "long-term-five-years")?.basis.title, "Directive 2003/109/EC");
    const irish = run("ireland", { purpose: "long-term", years: 6 });
    assert.ok(irish.matches.every((match) => match.route.scheme));
    assert.ok(irish.matches.some((match) => match.reasons.some((reason) => reason.rule === "long-term-national")));
  });

  it("studies and research need an admission letter or a hosting agreement", () => {
    assert.ok(reasonOf(run("france", { purpose: "study", admission: "yes" }), "student", "student-admission"));
    const noAdmission = run("france", { purpose: "study", admission: "no" });
    assert.equal(reasonOf(noAdmission, "student", "student-no-admission")?.basis.article, "Art. 11(1)(a)");
    assert.equal(noAdmission.matches.length, 0);
    assert.ok(reasonOf(run("france", { purpose: "research", admission: "yes" }), "researcher", "researcher-hosting-agreement"));
    assert.ok(reasonOf(run("france", { purpose: "research", admission: "no" }), "researcher", "researcher-no-hosting-agreement"));
  });

  it("training, seasonal work and transfers carry their conditions", () => {
    assert.equal(reasonOf(run("belgium", complete.training), "trainee-volunteer-au-pair", "training-optional-groups")?.effect, "caveat");
    assert.equal(reasonOf(run("belgium", complete.seasonal), "seasonal-worker", "seasonal-contract")?.basis.article, "Art. 5(1)(a)");
    assert.equal(
      reasonOf(run("belgium", complete.transfer), "intra-corporate-transferee", "ict-prior-employment")?.basis.article,
      "Art. 5(1)(b)",
    );
  });

  it("short stays: Schengen's 90 days in 180 where it applies in full, a national visa elsewhere; nationality decides", () => {
    const germany = run("germany", complete["short-stay"]);
    assert.equal(reasonOf(germany, "short-stay-visa", "short-stay-schengen")?.basis.article, "Art. 6(1)");
    assert.ok(reasonOf(germany, "short-stay-visa", "short-stay-nationality"));
    assert.ok(reasonOf(run("ireland", complete["short-stay"]), "short-stay-visa", "short-stay-national"));
  });

  it("national routes and schemes: the country's law decides", () => {
    const business = run("netherlands", complete.business);
    assert.ok(reasonOf(business, "self-employed", "national-route"));
    assert.ok(business.matches.some((match) => match.route.scheme && match.reasons.some((reason) => reason.rule === "national-scheme")));
    assert.ok(reasonOf(run("germany", complete["job-search"]), "job-seeker", "national-route"));
  });
});

describe("route finder answers", () => {
  const t = translator("en");
  const answer = (answers: Answers) => answerFor(answers, countries, "en", t);

  it("asks the next question with its options", () => {
    const first = answer({});
    assert.ok("question" in first && first.question.id === "country");
    assert.equal(first.question.options.length, 28);
    assert.ok(first.question.options.some((option) => option.value === "undecided"));
    const purpose = answer({ country: "germany" });
    assert.ok("question" in purpose);
    assert.deepEqual(
      purpose.question.options.map((option) => option.value),
      [...finderPurposes],
    );
    const years = answer({ country: "germany", purpose: "long-term" });
    assert.ok("question" in years && years.question.min === 0 && years.question.max === 50);
  });

  it("a complete answer: matches with why and citations, excluded with why not, and the checklist in order", () => {
    const result = answer({ country: "germany", ...complete.work, regulated: "yes" }) as Result;
    assert.equal(result.country, "germany");
    assert.equal(result.matches[0]?.route, "eu-blue-card");
    assert.equal(result.matches[0]?.url, "/en/countries/germany/eu-blue-card");
    const salary = result.matches[0]!.why.find((why) => why.source === "Directive (EU) 2021/1883, Art. 5(3)")!;
    assert.match(salary.text, /threshold/);
    assert.ok(salary.check?.startsWith("https://"));
    const ids = result.checklist.map((item) => item.id);
    assert.deepEqual(ids.slice(0, 3), ["recognition", "language", "documents"]);
    assert.equal(ids.at(-1), "first-weeks");
    assert.ok(ids.indexOf("travel") < ids.indexOf("residence-permit"));
    assert.ok(result.checklist.every((item) => item.url.startsWith("/en/guides/") && item.text.length > 5));
  });

  it("the result is reasoned where nothing fits: why, the closest pages and the official site", () => {
    const result = answer({ country: "spain", purpose: "long-term", years: 2 }) as Result;
    assert.equal(result.matches.length, 0);
    assert.ok(result.excluded.length > 0 && result.excluded.every((entry) => entry.why.length > 0));
    assert.match(result.nothingFits!.text, /Spain/);
    assert.ok(result.nothingFits!.pages.some((page) => page.url.startsWith("https://")));
    assert.ok(result.nothingFits!.pages.some((page) => page.url === "/en/pathways/long-term-resident"));
  });

  it("undecided compares the 27 countries, the best-fitting first, with the opt-outs among the excluded", () => {
    const result = answer({ country: "undecided", ...complete.work }) as Result;
    assert.equal(result.byCountry?.length, 27);
    assert.ok(result.byCountry![0]!.matches.length > 0);
    assert.ok(result.excluded.some((entry) => entry.country === "denmark" && entry.route === "eu-blue-card"));
    assert.ok(result.excluded.some((entry) => entry.country === "ireland" && entry.why.some((why) => /Protocol No 21/.test(why.source))));
  });

  it("every purpose answers in every country: matches, or a reasoned nothing fits", () => {
    for (const purpose of finderPurposes)
      for (const slug of [...slugs(), "undecided"]) {
        const result = answer({ country: slug, ...complete[purpose] });
        assert.ok(!("question" in result), `${slug} ${purpose}: complete`);
        const matched = result.matches.length > 0 || (result.byCountry?.some((entry) => entry.matches.length > 0) ?? false);
        assert.ok(matched || (result.nothingFits && result.excluded.length > 0), `${slug} ${purpose}: answered`);
        for (const entry of [...result.matches, ...result.excluded, ...(result.byCountry ?? []).flatMap((c) => c.matches)]) {
          assert.ok(
            entry.why.length > 0 && entry.why.every((why) => why.text && why.source && why.url),
            `${slug} ${purpose} ${entry.route}`,
          );
          assert.ok(!entry.why.some((why) => why.text.includes("finder.")), `${slug} ${purpose}: translated`);
        }
        if (slug !== "undecided") {
          // Every candidate route is judged: it fits or says why not.
          const evaluation = run(slug, complete[purpose]);
          assert.equal(evaluation.matches.length + evaluation.excluded.length > 0, true);
        }
      }
    // The other answers too, so that every rule gets its chance.
    for (const slug of slugs())
      for (const answers of [
        { purpose: "work", jobOffer: "no" },
        { purpose: "work", jobOffer: "yes", qualification: "none", regulated: "unsure" },
        { purpose: "long-term", years: 0 },
        { purpose: "family", sponsor: "national" },
        { purpose: "family", sponsor: "eu-citizen" },
      ] as Answers[])
        run(slug, answers);
  });

  it("speaks the reader's language", () => {
    for (const locale of locales) {
      const result = answerFor({ country: "germany", ...complete.work }, countries, locale, translator(locale)) as Result;
      assert.ok(
        result.matches[0]!.why.every((why) => !why.text.startsWith("finder.")),
        locale,
      );
    }
  });
});

describe("route finder answers against the OpenAPI document", () => {
  it("every question, every purpose's result in every country and the undecided comparison validate; others do not", async () => {
    const document = await openApiDocument();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "doc", paths: document.paths, components: document.components } as object);
    const validate = ajv.getSchema("doc#/paths/~1api~1v1~1route/get/responses/200/content/application~1json/schema")!;
    const check = (answers: Answers, label: string) => {
      const answer = answerFor(relevantAnswers(answers), countries, "ar", translator("ar"));
      assert.ok(validate(answer), `${label}: ${ajv.errorsText(validate.errors)}`);
      assert.deepEqual(finderAnswerSchema.parse(answer), answer, label);
      return answer;
    };
    let results = 0;
    for (const slug of [...slugs(), "undecided"])
      for (const purpose of finderPurposes) {
        const answers: Answers = { country: slug, ...complete[purpose] };
        // Each step on the way: the question asked while that answer is missing.
        for (const id of Object.keys(answers) as (keyof Answers)[]) {
          const { [id]: _missing, ...partial } = answers;
          check(partial, `${slug} ${purpose} without ${id}`);
        }
        const result = check(answers, `${slug} ${purpose}`);
        assert.ok("purpose" in result && (slug === "undecided") === Array.isArray(result.byCountry), `${slug} ${purpose}`);
        results++;
      }
    assert.equal(results, (slugs().length + 1) * finderPurposes.length);

    const question = answerFor({}, countries, "en", translator("en"));
    const result = answerFor({ country: "germany", ...complete.work }, countries, "en", translator("en")) as Result;
    for (const [label, wrong] of [
      ["a question with a result", { ...question, ...result }],
      ["an unknown field", { ...result, html: "<b>x</b>" }],
      ["an unknown purpose", { ...result, purpose: "tourism" }],
      ["a reason without its source", { ...result, matches: [{ ...result.matches[0]!, why: [{ text: "x", effect: "fits", url: "x" }] }] }],
      ["years out of range", { ...result, answers: { ...result.answers, years: 51 } }],
    ] as const) {
      assert.equal(validate(wrong), false, label);
      assert.equal(finderAnswerSchema.safeParse(wrong).success, false, label);
    }
  });
});

describe("route finder checklist links", () => {
  it("every section a checklist item links to exists in every language's guide", async () => {
    for (const { guide, section } of Object.values(checklistSections))
      for (const locale of locales) {
        const page = await loadGuidancePage({ type: "guide", slug: guide }, locale);
        assert.ok(page, `${guide} in ${locale}`);
        assert.ok(
          page.body.sections.some((candidate) => candidate.id === section),
          `${guide}#${section} in ${locale}`,
        );
      }
  });
});

describe("route finder decision table coverage", () => {
  it("every rule of the table fired in the tests above", () => {
    const missing = rules.map((rule) => rule.id).filter((id) => !fired.has(id));
    assert.deepEqual(missing, []);
  });
});
