# syntax=docker/dockerfile:1
# Shiori in a container: build on a full image (compilers for better-sqlite3, TypeScript), run on
# a slim one with production packages only, as an unprivileged user. Documents, the SQLite store
# and the index are volumes, so a new image keeps them.
#
#   docker compose up -d --build     (compose.yaml beside this file; settings from .env)

ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
# better-sqlite3 compiles its addon from source (.prebuild-installrc): node-gyp needs these.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .prebuild-installrc tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
# `npm ci` runs `prepare`, which compiles src/ into dist/; then only what runs is kept.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
# The seed documents; a named volume starts as a copy of them, then keeps uploads (/docs add).
COPY corpus ./corpus
COPY index/README.md ./index/README.md
RUN mkdir -p data && chown -R node:node corpus data index
USER node
VOLUME ["/app/corpus", "/app/data", "/app/index"]
# The log says `ready` (with the time it took and the documents it holds) once Discord may talk to it.
CMD ["node", "bin/shiori.js", "start"]
