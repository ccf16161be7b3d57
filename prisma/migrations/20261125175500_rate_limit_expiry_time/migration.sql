-- Sign-in counters move to rate-limiter-flexible's Prisma store, which keeps the expiry as
-- a timestamp (the PostgreSQL store kept epoch milliseconds). Existing counters carry over.
ALTER TABLE "rate_limits" ALTER COLUMN "expire" SET DATA TYPE TIMESTAMP(3) USING to_timestamp("expire" / 1000.0);
