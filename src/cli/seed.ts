// npm run seed: stores the two bundled articles (seed/) through the ingest. Seeding twice changes nothing.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { seedDatabase } from '../ingest/seed.js';

const config = loadConfig();
const db = await openDatabase(config);
try {
  const summary = await seedDatabase(db.prisma, {
    maxBytes: config.maxArticleBytes,
    onProgress: ({ index, total, file, result }) => {
      const c = result.counts;
      const what = result.created
        ? `new article #${result.article.id}: ${c.statements} statements, ${c.persons} persons (${c.personsCreated} new), ${c.meetings} meetings (${c.meetingsCreated} new)`
        : `already stored as article #${result.article.id}`;
      console.error(`[${index + 1}/${total}] ${file}: ${what}`);
    },
  });
  const [articles, persons, statements, meetings] = await Promise.all([
    db.prisma.article.count(),
    db.prisma.person.count(),
    db.prisma.statement.count(),
    db.prisma.meeting.count(),
  ]);
  console.log(
    `Seed: ${summary.created} new, ${summary.duplicates} already there. ` +
      `Database: ${articles} articles, ${statements} statements, ${persons} persons, ${meetings} meetings.`,
  );
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
