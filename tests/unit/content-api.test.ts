import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { bodyBlocks } from "@/lib/api/blocks";
import { openApiDocument } from "@/lib/api/openapi";
import { blockSchema, type Block } from "@/lib/api/schemas";
import { pageTarget, targetPath } from "@/lib/api/targets";
import { loadAllGuidance } from "@/lib/content/guidance";
import { parseMdxBody } from "@/lib/content/mdx";

const resolve = (url: string) =>
  url.startsWith("/") ? `https://example.org/en${url}` : url.startsWith("#") ? `https://example.org/en/page${url}` : url;

const body = `Before you go, read [the checklist](/guides/before-you-go-checklist#documents) and the **official** page.

## Who can apply [#who-can-apply]

You need a <Term id="residence-permit">residence permit</Term>
when you stay longer.

- A job offer from [an employer](https://example.eu/jobs)
- A recognised degree

### Family [#family]

| Member | May join |
|---|---|
| Spouse | Yes, see [the directive](https://eur-lex.europa.eu/eli/dir/2003/86/oj) |
| Parent | Sometimes |

## Steps [#steps]

<Steps>
1. Find a job.
2. Apply at the [embassy](#who-can-apply).
</Steps>

<Callout type="warning" title="Beware of fees">
Never pay a recruiter.

- Check the employer
</Callout>
`;

/** A block's text in reading order (a callout's title is an attribute, not text of the body). */
function flatText(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "list":
    case "steps":
      return block.items.map((item) => item.text).join("");
    case "table":
      return [block.header, ...block.rows]
        .flat()
        .map((cell) => cell.text)
        .join("");
    case "callout":
      return block.blocks.map(flatText).join("");
  }
}

describe("content API blocks", () => {
  it("gives the intro, then each section with its id, heading and plain-text blocks, links apart", () => {
    const blocks = bodyBlocks(parseMdxBody(body).tree, resolve);
    assert.deepEqual(blocks.intro, [
      {
        type: "paragraph",
        text: "Before you go, read the checklist and the official page.",
        links: [{ text: "the checklist", url: "https://example.org/en/guides/before-you-go-checklist#documents" }],
      },
    ]);
    assert.deepEqual(
      blocks.sections.map(({ id, heading, depth }) => [id, heading, depth]),
      [
        ["who-can-apply", "Who can apply", 2],
        ["family", "Family", 3],
        ["steps", "Steps", 2],
      ],
    );
    assert.deepEqual(blocks.sections[0]!.blocks, [
      { type: "paragraph", text: "You need a residence permit when you stay longer.", links: [] },
      {
        type: "list",
        ordered: false,
        items: [
          { text: "A job offer from an employer", links: [{ text: "an employer", url: "https://example.eu/jobs" }] },
          { text: "A recognised degree", links: [] },
        ],
      },
    ]);
    assert.deepEqual(blocks.sections[1]!.blocks, [
      {
        type: "table",
        header: [
          { text: "Member", links: [] },
          { text: "May join", links: [] },
        ],
        rows: [
          [
            { text: "Spouse", links: [] },
            { text: "Yes, see the directive", links: [{ text: "the directive", url: "https://eur-lex.europa.eu/eli/dir/2003/86/oj" }] },
          ],
          [
            { text: "Parent", links: [] },
            { text: "Sometimes", links: [] },
          ],
        ],
      },
    ]);
    assert.deepEqual(blocks.sections[2]!.blocks, [
      {
        type: "steps",
        items: [
          { text: "Find a job.", links: [] },
          { text: "Apply at the embassy.", links: [{ text: "embassy", url: "https://example.org/en/page#who-can-apply" }] },
        ],
      },
      {
        type: "callout",
        kind: "warning",
        title: "Beware of fees",
        blocks: [
          { type: "paragraph", text: "Never pay a recruiter.", links: [] },
          { type: "list", ordered: false, items: [{ text: "Check the employer", links: [] }] },
        ],
      },
    ]);
  });

  it("turns every guidance page in every language into valid blocks with the page's section ids, text kept", async () => {
    const pages = await loadAllGuidance();
    assert.ok(pages.length > 50, `only ${pages.length} pages`);
    for (const page of pages) {
      const blocks = bodyBlocks(page.body.tree, resolve);
      const where = `${page.locale}${page.path}`;
      assert.deepEqual(
        blocks.sections.map((section) => section.id),
        page.body.sections.map((section) => section.id),
        where,
      );
      for (const block of [...blocks.intro, ...blocks.sections.flatMap((section) => section.blocks)]) {
        assert.ok(blockSchema.safeParse(block).success, `${where}: ${JSON.stringify(block).slice(0, 200)}`);
        // Plain text only: no markup of the MDX source or of HTML survives.
        assert.doesNotMatch(JSON.stringify(block), /<\/?[A-Za-z]|\*\*|\]\(/, where);
      }
      // No text lost or added: a section's blocks (with its subsections' for a ## section) hold exactly its text as the
      // search index has it, white space aside.
      for (const [index, section] of page.body.sections.entries()) {
        const next = blocks.sections.findIndex((other, at) => at > index && other.depth <= section.depth);
        const own = blocks.sections.slice(index, next === -1 ? undefined : next).flatMap((part) => part.blocks);
        assert.equal(own.map(flatText).join("").replace(/\s+/g, ""), section.text.replace(/\s+/g, ""), `${where}#${section.id}`);
      }
    }
  });
});

describe("content API page paths", () => {
  it("names guidance pages, country profiles and country routes, and nothing else", () => {
    for (const [segments, path] of [
      [["visas"], "/visas"],
      [["pathways", "eu-blue-card"], "/pathways/eu-blue-card"],
      [["guides", "applying-from-abroad"], "/guides/applying-from-abroad"],
      [["countries", "germany"], "/countries/germany"],
      [["countries", "germany", "eu-blue-card"], "/countries/germany/eu-blue-card"],
    ] as const) {
      const target = pageTarget(segments);
      assert.ok(target, segments.join("/"));
      assert.equal(targetPath(target), path);
    }
    for (const segments of [
      [],
      ["glossary"],
      ["pathways"],
      ["pathways", "a", "b"],
      ["guides", "../etc"],
      ["countries", "Germany"],
      ["x", "y"],
      ["countries", "a", "b", "c"],
    ])
      assert.equal(pageTarget(segments), null, segments.join("/"));
  });
});

describe("content API OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(await openApiDocument())) as Record<string, unknown>);
    assert.equal(validator.version, "3.1");
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
  });

  it("describes blocks so that what the extractor makes validates, and what it must not make does not", async () => {
    const document = await openApiDocument();
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "doc", components: document.components } as object);
    const validate = ajv.getSchema("doc#/components/schemas/Block")!;
    for (const block of [
      ...bodyBlocks(parseMdxBody(body).tree, resolve).intro,
      ...bodyBlocks(parseMdxBody(body).tree, resolve).sections.flatMap((s) => s.blocks),
    ])
      assert.ok(validate(block), JSON.stringify(validate.errors));
    assert.equal(validate({ type: "paragraph", text: "x", links: [], html: "<b>x</b>" }), false);
    assert.equal(validate({ type: "image", url: "https://example.org/a.png" }), false);
  });
});
