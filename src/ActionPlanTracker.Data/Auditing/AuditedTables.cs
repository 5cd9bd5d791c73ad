using System.Collections.Frozen;
using System.Globalization;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Data.Auditing;

/// <summary>
/// One table of the database as the audit trail treats it: recorded or not (and why not), the name and key its
/// rows carry on the trail, and which of its columns are copied into the trail and which never are.
/// </summary>
public sealed record AuditedTable(
    string Name, string? Trail, string? NotRecordedBecause, Func<object, string>? Key, FrozenSet<string> Copied, FrozenSet<string> NotCopied)
{
    public bool IsRecorded => Trail is not null;
}

/// <summary>
/// Every table of the database, in one list: the audit interceptor asks it what to record, and a test fails when a
/// table or a column exists that it does not mention — a new table or column is recorded or left out on purpose.
/// </summary>
public static class AuditedTables
{
    public static IReadOnlyList<AuditedTable> All { get; } =
    [
        // Reference data and the work itself: every change recorded, fields before and after.
        Recorded("action_plans", "ActionPlan", e => ((ActionPlan)e).Key,
            "id, key, title, title_fr, adopted_by, adopted_at, meeting_start, meeting_end, source, state, previous_version_id"),
        Recorded("pillars", "Pillar", e => ((Pillar)e).Numeral,
            "id, action_plan_id, number, numeral, title, lead_sentence, lead_sentence_fr, title_fr"),
        Recorded("priorities", "Priority", e => "P" + ((Priority)e).Number.ToString(CultureInfo.InvariantCulture),
            "id, action_plan_id, number, title, text, text_fr, title_fr"),
        Recorded("commitments", "Commitment", e => ((Commitment)e).Code,
            "id, pillar_id, number, code, short_title, text, short_title_fr, text_fr"),
        Recorded("commitment_lineage", "CommitmentLineage", e => KeyOf((CommitmentLineage)e), "successor_id, predecessor_id, carries"),
        Recorded("commitment_priorities", "CommitmentPriority", null, "commitments_id, priorities_id"),
        Recorded("members", "Member", e => ((Member)e).Code, "id, code, name, sort_order, name_fr, is_g7_member, reports, is_active"),
        Recorded("presidencies", "Presidency", e => ((Presidency)e).Year.ToString(CultureInfo.InvariantCulture), "year, member_id"),
        Recorded("reporting_cycles", "ReportingCycle", e => ((ReportingCycle)e).Code,
            "id, code, period_start, period_end, submission_deadline, meeting_date, state"),
        Recorded("cycle_plans", "CyclePlan", e => KeyOf((CyclePlan)e),
            "cycle_id, plan_id"),
        Recorded("progress_reports", "ProgressReport", null,
            "id, cycle_id, member_id, commitment_id, state, completion, narrative, next_steps, challenges, evidence, not_applicable_reason, "
            + "review_comment, last_changed_by, last_changed_at, revision_count, return_count, changed_since_return, carried_unedited"),

        // By its report and name, as readers know it: the id does not exist yet when the upload is recorded.
        Recorded("attachments", "Attachment", e => Invariant($"{((Attachment)e).ProgressReportId}/{((Attachment)e).FileName}"),
            "id, progress_report_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at, removed_by, removed_at"),
        Recorded("indicators", "Indicator", e => Invariant($"{((Indicator)e).CommitmentId}/{((Indicator)e).Name}"),
            "id, commitment_id, name, unit, definition, kind, sex_categories, age_groups, created_by, created_at"),
        Recorded("indicator_values", "IndicatorValue",
            e => Invariant($"{((IndicatorValue)e).ProgressReportId}/{((IndicatorValue)e).IndicatorId}/{((IndicatorValue)e).RevisionNumber}"),
            "id, progress_report_id, indicator_id, revision_number, total, parts, recorded_by, recorded_at"),

        // Accounts: who may do what. Hashes, stamps and the normalised copies Identity keeps never leave their table.
        Recorded("users", "User", null,
            "id, display_name, member_id, is_disabled, created_at, user_name, email, email_confirmed, phone_number, phone_number_confirmed, "
            + "two_factor_enabled, lockout_end, lockout_enabled, preferred_language, last_authenticator_step",
            notCopied: "password_hash, security_stamp, concurrency_stamp, normalized_user_name, normalized_email, access_failed_count"),
        Recorded("roles", "Role", null, "id, name", notCopied: "normalized_name, concurrency_stamp"),
        Recorded("user_roles", "UserRole", null, "user_id, role_id"),
        Recorded("notification_opt_outs", "NotificationOptOut", null, "user_id, kind"),

        // A token's hash must not leave its table; its last use changes once a minute and says nothing of who did what.
        Recorded("personal_access_tokens", "PersonalAccessToken", null,
            "id, user_id, name, prefix, scopes, created_at, expires_at, revoked_at", notCopied: "secret_hash, last_used_at"),

        NotRecorded("audit_events", "the trail itself"),
        NotRecorded("report_revisions", "a revision is recorded with its report's event"),
        NotRecorded("attachment_contents", "a file's bytes; the attachment's row records the upload, with the file's SHA-256"),
        NotRecorded("import_uploads", "an upload waiting for confirmation changes nothing yet; the reports it writes are recorded when confirmed"),
        NotRecorded("notifications", "a notification follows from the change that produced it"),
        NotRecorded("notification_outbox", "an e-mail follows from the change that produced it; its delivery is kept in its row"),
        NotRecorded("data_protection_keys", "the keys that protect cookies and links: machinery, and secret"),
        NotRecorded("data_version", "a stamp the database's triggers move at every change of what the pages show"),
        NotRecorded("limit_counters", "rate-limit counts: machinery"),
        NotRecorded("unknown_account_failures", "failed sign-ins for addresses that have no account: machinery, no person to name"),
        NotRecorded("user_tokens", "Identity's tokens, such as the authenticator key: secret"),
        NotRecorded("user_logins", "external sign-in providers: not used"),
        NotRecorded("user_claims", "Identity's claims: not used"),
        NotRecorded("role_claims", "Identity's role claims: not used"),
        NotRecorded("__ef_migrations_history", "the migrations applied: Entity Framework's bookkeeping"),
    ];

    private static readonly FrozenDictionary<string, AuditedTable> ByName = All.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The table's entry; a table missing from the list is refused rather than recorded by guess.</summary>
    public static AuditedTable Of(string table) => ByName.TryGetValue(table, out var entry)
        ? entry
        : throw new InvalidOperationException($"The table {table} is not in AuditedTables: say whether the audit trail records it, and which columns.");

    private static AuditedTable Recorded(string table, string trail, Func<object, string>? key, string copied, string notCopied = "") =>
        new(table, trail, null, key, Columns(copied), Columns(notCopied));

    private static AuditedTable NotRecorded(string table, string because) => new(table, null, because, null, Columns(""), Columns(""));

    private static FrozenSet<string> Columns(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A commitment's lineage by the codes readers know: the successor, then the commitment it continues.</summary>
    private static string KeyOf(CommitmentLineage lineage) =>
        $"{lineage.Successor?.Code ?? Invariant($"{lineage.SuccessorId}")}<{lineage.Predecessor?.Code ?? Invariant($"{lineage.PredecessorId}")}";

    /// <summary>A cycle's plan by the cycle's code and the plan's key, as the cycle's own events and the plan's name them.</summary>
    private static string KeyOf(CyclePlan plan) =>
        $"{plan.Cycle?.Code ?? Invariant($"{plan.CycleId}")}/{plan.Plan?.Key ?? Invariant($"{plan.PlanId}")}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
