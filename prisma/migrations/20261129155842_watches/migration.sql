-- CreateTable
CREATE TABLE "Watch" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "promptVersionId" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "variantIds" UUID[],
    "assertions" JSONB NOT NULL DEFAULT '[]',
    "repetitions" INTEGER NOT NULL DEFAULT 1,
    "concurrency" INTEGER NOT NULL DEFAULT 4,
    "cron" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "baselineRunId" UUID,
    "budgetUsd" DECIMAL(14,6),
    "webhooks" JSONB NOT NULL DEFAULT '[]',
    "pausedAt" TIMESTAMP(3),
    "appUrl" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Watch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchRun" (
    "id" UUID NOT NULL,
    "watchId" UUID NOT NULL,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "trigger" TEXT NOT NULL DEFAULT 'schedule',
    "runId" UUID,
    "error" TEXT,
    "metrics" JSONB,
    "evaluatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WatchRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DriftFinding" (
    "id" UUID NOT NULL,
    "watchRunId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "against" TEXT NOT NULL,
    "againstRunId" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "before" DOUBLE PRECISION,
    "after" DOUBLE PRECISION,
    "difference" DOUBLE PRECISION,
    "ciLow" DOUBLE PRECISION,
    "ciHigh" DOUBLE PRECISION,
    "pValue" DOUBLE PRECISION,
    "pAdjusted" DOUBLE PRECISION,
    "drift" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DriftFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "watchId" UUID NOT NULL,
    "watchRunId" UUID,
    "variantId" UUID,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" UUID NOT NULL,
    "alertId" UUID NOT NULL,
    "webhookId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "responseStatus" INTEGER,
    "responseExcerpt" TEXT,
    "error" TEXT,
    "delivered" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Watch_name_key" ON "Watch"("name");

-- CreateIndex
CREATE UNIQUE INDEX "WatchRun_runId_key" ON "WatchRun"("runId");

-- CreateIndex
CREATE INDEX "WatchRun_watchId_evaluatedAt_idx" ON "WatchRun"("watchId", "evaluatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WatchRun_watchId_scheduledFor_key" ON "WatchRun"("watchId", "scheduledFor");

-- CreateIndex
CREATE INDEX "DriftFinding_watchRunId_idx" ON "DriftFinding"("watchRunId");

-- CreateIndex
CREATE INDEX "Alert_acknowledgedAt_idx" ON "Alert"("acknowledgedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_alertId_webhookId_attempt_key" ON "AlertDelivery"("alertId", "webhookId", "attempt");

-- AddForeignKey
ALTER TABLE "WatchRun" ADD CONSTRAINT "WatchRun_watchId_fkey" FOREIGN KEY ("watchId") REFERENCES "Watch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchRun" ADD CONSTRAINT "WatchRun_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriftFinding" ADD CONSTRAINT "DriftFinding_watchRunId_fkey" FOREIGN KEY ("watchRunId") REFERENCES "WatchRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_watchId_fkey" FOREIGN KEY ("watchId") REFERENCES "Watch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_watchRunId_fkey" FOREIGN KEY ("watchRunId") REFERENCES "WatchRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
