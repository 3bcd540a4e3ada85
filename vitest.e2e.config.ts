import { defineConfig } from "vitest/config";

// The built extension in real Chromium: one file at a time, the machine has two cores.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
