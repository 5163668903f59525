/**
 * A worker thread that builds article models (src/lib/content/article.ts)
 * for a large content load: Markdown rendering, mentions and the search
 * vocabulary are most of a build's first minute on one core. Started by the
 * pool in ./content-options.ts with everyone in the participants folder;
 * Node runs this file as it is (TypeScript without types).
 */
import { workerData } from 'node:worker_threads';
import { buildArticle } from '../lib/content/article.ts';
import type { ArticleJob } from '../lib/content/load.ts';
import type { ArticleModel } from '../lib/content/model.ts';
import type { PersonFile } from '../lib/content/schema.ts';
import { serveJobs } from '../lib/worker-pool.ts';
import { articleLabels, contentFailure, germanLexicon, type ContentFailure } from './content-options.ts';

const people = new Map<string, PersonFile>((workerData as { people: Array<[string, PersonFile]> }).people);

serveJobs<ArticleJob, ArticleModel, ContentFailure>(
	(job) => buildArticle({ ...job, people, lexicon: germanLexicon(), labels: articleLabels }),
	contentFailure,
);
