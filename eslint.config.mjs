import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
      // Data flows one way: content and database → lib/ → app/ and components/ → HTML. Pages call a reader in lib/.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components", "./scripts"],
              message: "lib/ is below app/, components/ and scripts/: move what you need into lib/.",
            },
            {
              target: "./app",
              from: ["./lib/db", "./node_modules/@prisma", "./node_modules/.prisma"],
              message: "app/ does not query the database: call a reader or an action in lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/db/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
