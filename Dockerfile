# syntax=docker/dockerfile:1
#
# The `migrate` command in a container (a drop-in replacement for the golang-migrate image):
#   docker build -t jmigrate .
#   docker run --rm -v "$PWD/migrations:/migrations:ro" \
#       -e DATABASE_URL='postgres://lumigo:lumigo@db:5432/lumigo?sslmode=disable' jmigrate up
# Migrations are read from /migrations (MIGRATION_DIR) unless -path says otherwise: mount them there.
# Needs BuildKit (the default builder since Docker 23 and of docker compose v2) for RUN --mount and COPY --chmod.

# ---- build: the self-contained jar ------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The cache mount keeps downloaded dependencies between builds without putting them in a layer.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests -pl jmigrate-cli -am

# ---- run: a JRE, the jar and its launcher -----------------------------------------------------------------
FROM eclipse-temurin:17-jre

# An unprivileged user with a home (the working directory: `embedded:` keeps its data under .migrate/ there).
# A numeric USER lets Kubernetes verify runAsNonRoot.
RUN groupadd --system --gid 10001 jmigrate \
 && useradd --system --uid 10001 --gid jmigrate --home-dir /home/jmigrate --create-home \
        --shell /usr/sbin/nologin jmigrate

COPY --from=build /src/jmigrate-cli/target/migrate.jar /opt/jmigrate/lib/migrate.jar
COPY --chmod=0755 bin/migrate /opt/jmigrate/bin/migrate

ENV MIGRATION_DIR=/migrations \
    PATH=/opt/jmigrate/bin:$PATH

USER 10001:10001
WORKDIR /home/jmigrate

ENTRYPOINT ["/opt/jmigrate/bin/migrate"]
