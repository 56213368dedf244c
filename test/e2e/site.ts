/** Shared set-up for browser tests: the built site served on 127.0.0.1, and Chromium. */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export const DIST = path.resolve('.cache/e2e-dist');

export interface Site {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
