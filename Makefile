# Database migrations with jmigrate's `migrate` command (a drop-in replacement for golang-migrate).
#
#   make migrate-up                          apply every pending migration, then print the version
#   make migrate-down                        roll the last migration back (one step)
#   make migrate-reset                       roll everything back, then apply everything
#   make migrate-create name=add_products_table
#
# Settings, from the environment or the command line (make migrate-up DATABASE_URL=...):
#   DATABASE_URL   database to migrate; default `embedded:` (a local PostgreSQL kept under .migrate/)
#   MIGRATION_DIR  migrations folder; default `migrations`
#   MIGRATE        the migrate command; default bin/migrate (runs the jar this Makefile builds)
#   MVN            Maven; default mvn
# MIGRATION_TIMEOUT, when set, reaches migrate through the environment.
#
# The URL and the folder are handed to migrate through the environment and expanded by the shell inside
# double quotes, so characters such as ? & $ ' ; or spaces in a password reach it intact and the password is
# never echoed: the migrate commands are not printed.

.DEFAULT_GOAL := help
SHELL := /bin/sh

DATABASE_URL ?= embedded:
MIGRATION_DIR ?= migrations
MIGRATE ?= bin/migrate
MVN ?= mvn
export DATABASE_URL MIGRATION_DIR

JAR := jmigrate-cli/target/migrate.jar
# What the jar is built from: every pom.xml and everything under a src/main folder (not tests, not target/).
BUILD_INPUTS := $(shell find . \( -name .git -o -name target -o -name .migrate -o -name node_modules -o -path ./bench \) -prune \
	-o -type f \( -name pom.xml -o -path '*/src/main/*' \) -print 2>/dev/null)

MIGRATE_ARGS = -path "$$MIGRATION_DIR" -database "$$DATABASE_URL"

# migrate-create needs name=...: checked before anything runs, so a missing name does not start a build.
ifneq ($(filter migrate-create,$(MAKECMDGOALS)),)
ifeq ($(strip $(name)),)
$(error name is required, e.g.: make migrate-create name=add_products_table)
endif
ifneq ($(shell printf '%s' '$(subst ','\'',$(name))' | grep -Ex '[a-z0-9]+(_[a-z0-9]+)*'),$(name))
$(error name must be snake_case (lower-case letters, digits and single underscores), e.g.: make migrate-create name=add_products_table; got: $(name))
endif
endif

.PHONY: help build test migrate-up migrate-down migrate-reset migrate-create

help: ## List the targets
	@echo 'Usage: make <target> [DATABASE_URL=...] [MIGRATION_DIR=...] [MIGRATE=...]'
	@echo
	@awk 'BEGIN { FS = ":.*## " } /^[a-zA-Z_-]+:.*## / { printf "  %-16s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)
	@echo
	@echo 'DATABASE_URL defaults to embedded: (a local PostgreSQL under .migrate/), MIGRATION_DIR to migrations.'

build: $(JAR) ## Build migrate.jar (only when it is missing or older than a source or pom file)

$(JAR): $(BUILD_INPUTS)
	$(MVN) -B -q package -DskipTests -pl jmigrate-cli -am
	@touch $@

test: ## Run all tests: mvn -B verify
	$(MVN) -B verify

migrate-up: build ## Apply all pending migrations, then print the version
	@$(MIGRATE) $(MIGRATE_ARGS) up
	@$(MIGRATE) $(MIGRATE_ARGS) version

migrate-down: build ## Roll back the last migration (down 1)
	@$(MIGRATE) $(MIGRATE_ARGS) down 1

migrate-reset: build ## Roll back all migrations, then apply them all again
	@$(MIGRATE) $(MIGRATE_ARGS) down -all
	@$(MIGRATE) $(MIGRATE_ARGS) up

migrate-create: build ## Create a migration pair: make migrate-create name=add_products_table
	@$(MIGRATE) create -ext sql -dir "$$MIGRATION_DIR" -seq -digits 6 '$(name)'
