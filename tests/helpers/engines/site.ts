import { afterEach, beforeAll } from 'vitest';
import { serveDist, type StaticServer } from '../server.ts';
import { workerEngine } from './index.ts';
import type { Engine, EngineName, EnginePage, OpenOptions } from './engine.ts';

/** The built test site in one engine, for the cross-engine tests (tests/browser/engines/). */
export interface EngineSite {
	readonly engine: Engine;
	readonly origin: string;
	/** Opens a path of the site in a fresh page; the page is closed after the test. */
	open(path: string, options?: OpenOptions): Promise<EnginePage>;
}

/** The site, served once per worker: as built, and with the head script for engines that need it. */
const servers = new Map<string, Promise<StaticServer>>();
function serverFor(engine: Engine): Promise<StaticServer> {
	const key = engine.headScript?.path ?? '';
	let server = servers.get(key);
	if (!server) {
		server = serveDist(undefined, engine.headScript ? { headScript: engine.headScript } : {});
		servers.set(key, server);
	}
	return server;
}

/** The site in an engine for one `describe`: the worker's browser of that engine (started by the first file that asks), a fresh page per `open`. */
export function useEngine(name: EngineName): EngineSite {
	let engine: Engine | undefined;
	let server: StaticServer | undefined;
	const pages: EnginePage[] = [];
	beforeAll(async () => {
		engine = await workerEngine(name);
		server = await serverFor(engine);
	}, 90_000);
	afterEach(async () => {
		for (const page of pages.splice(0)) await page.close();
	});
	const ready = () => {
		if (!engine || !server) throw new Error(`${name} läuft noch nicht (useEngine() außerhalb eines Tests?).`);
		return { engine, server };
	};
	return {
		get engine() {
			return ready().engine;
		},
		get origin() {
			return ready().server.origin;
		},
		async open(path, options) {
			const { engine: current, server: site } = ready();
			const page = await current.open(site.origin + path, options);
			pages.push(page);
			return page;
		},
	};
}
