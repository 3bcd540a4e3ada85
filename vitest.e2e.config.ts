import { defineConfig } from "vitest/config";

// The built extension (LENS_TEST_HOSTS=1 build) in real browsers, one file at a time: the machine
// has two cores. Every e2e file runs in Chromium; the shared reader scenarios (test/e2e/scenarios)
// run again in Firefox, after the Chromium group, never beside it. (Group 0 would not do: vitest
// runs single-worker files of group 0 after every numbered group.)
const shared = { fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    ...shared,
    projects: [
      {
        test: {
          ...shared,
          name: "chromium",
          include: ["test/e2e/**/*.test.ts"],
          provide: { browser: "chromium" },
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...shared,
          name: "firefox",
          include: ["test/e2e/scenarios/**/*.test.ts"],
          provide: { browser: "firefox" },
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
