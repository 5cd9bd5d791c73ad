using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActionPlanTracker.Domain;
using Npgsql;
using NpgsqlTypes;

namespace ActionPlanTracker.Bench;

/// <summary>
/// Loads a data set into a migrated, seeded database by bulk COPY: cycles, every member's report on every commitment
/// with its revisions, and the audit events those changes write. The events go through the audit chain's trigger like
/// any other insert, in time order, so <c>audit verify</c> checks them. Also creates the baseline page's fortune table.
/// </summary>
internal static class Loader
{
    public const string SecretariatEmail = "secretariat@bench.example";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Completion[] Levels =
        [Completion.NotStarted, Completion.Limited, Completion.Limited, Completion.Substantial, Completion.Substantial, Completion.Complete, Completion.NotApplicable];

    public static string FocalPointEmail(string memberCode) => $"fp-{memberCode.ToLowerInvariant()}@bench.example";

    public static async Task<LoadSummary> LoadAsync(string connectionString, DataSet set, int seed = 20241004)
    {
        var watch = Stopwatch.StartNew();
        await using var main = new NpgsqlConnection(connectionString);
        await main.OpenAsync();
        await Fortunes.CreateAsync(main);
        var members = await MembersAsync(main, set.Members);
        var commitments = await IdsAsync(main, "SELECT id, code FROM commitments ORDER BY pillar_id, number");
        var cycles = await CyclesAsync(main, set.Cycles);
        var reportIds = await ReportSlotsAsync(main, cycles, members, commitments);

        var text = new TextGenerator(seed);
        await using var eventsConnection = new NpgsqlConnection(connectionString);
        await eventsConnection.OpenAsync();
        long revisions = 0, events = 0;
        await using (var revisionRows = await main.BeginBinaryImportAsync(
            "COPY report_revisions (progress_report_id, number, action, state, completion, narrative, next_steps, challenges, evidence, not_applicable_reason, comment, actor, at) FROM STDIN (FORMAT BINARY)"))
        await using (var eventRows = await eventsConnection.BeginBinaryImportAsync(
            "COPY audit_events (at, actor, entity, entity_key, action, member_id, before, after) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var cycle in cycles)
            {
                var open = cycle.Number == set.OpenCycle;
                var clock = new Clock(cycle.PeriodStart, open ? new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc) : cycle.Deadline,
                    set.RevisionsPerReport * members.Count * commitments.Count + 4);
                WriteEvent(eventRows, clock.Next(), "admin@bench.example", "ReportingCycle", cycle.Code, "Created", null, null, "{}");
                WriteEvent(eventRows, clock.Next(), SecretariatEmail, "ReportingCycle", cycle.Code, "Opened", null, """{"State":"Planned"}""", """{"State":"Open"}""");
                events += 2;
                var current = new Content?[members.Count, commitments.Count];
                for (var number = 1; number <= set.RevisionsPerReport; number++)
                {
                    var action = open || number <= set.RevisionsPerReport - 2 ? RevisionAction.Saved
                        : number == set.RevisionsPerReport - 1 ? RevisionAction.Submitted : RevisionAction.Approved;
                    for (var m = 0; m < members.Count; m++)
                    {
                        for (var c = 0; c < commitments.Count; c++)
                        {
                            var before = current[m, c];
                            var after = action == RevisionAction.Saved ? NewContent(text, before, reportIds[cycle.Number - 1][m, c]) : before!;
                            current[m, c] = after;
                            var state = action switch
                            {
                                RevisionAction.Submitted => ReviewState.Submitted,
                                RevisionAction.Approved => ReviewState.Approved,
                                _ => ReviewState.Draft,
                            };
                            var actor = action == RevisionAction.Approved ? SecretariatEmail : FocalPointEmail(members[m].Code);
                            var at = clock.Next();
                            var report = reportIds[cycle.Number - 1][m, c];
                            WriteRevision(revisionRows, report, number, action, state, after, actor, at);
                            var (was, now) = Changes(before, after, state, number, actor, at);
                            WriteEvent(eventRows, at, actor, "ProgressReport", report.ToString(CultureInfo.InvariantCulture), action.ToString(), members[m].Id, was, now);
                            revisions++;
                            events++;
                        }
                    }
                }

                if (!open)
                {
                    WriteEvent(eventRows, clock.Next(), SecretariatEmail, "ReportingCycle", cycle.Code, "ReviewStarted", null, """{"State":"Open"}""", """{"State":"UnderReview"}""");
                    WriteEvent(eventRows, clock.Next(), SecretariatEmail, "ReportingCycle", cycle.Code, "Published", null, """{"State":"UnderReview"}""", """{"State":"Published"}""");
                    events += 2;
                }
            }

            await revisionRows.CompleteAsync();
            await eventRows.CompleteAsync();
        }

        await ExecuteAsync(main, """
            UPDATE progress_reports p
            SET state = r.state, completion = r.completion, narrative = r.narrative, next_steps = r.next_steps,
                challenges = r.challenges, evidence = r.evidence, not_applicable_reason = r.not_applicable_reason,
                last_changed_by = r.actor, last_changed_at = r.at, revision_count = r.number
            FROM report_revisions r
            WHERE r.progress_report_id = p.id AND r.number = (SELECT max(number) FROM report_revisions x WHERE x.progress_report_id = p.id)
            """);
        await ExecuteAsync(main, "VACUUM ANALYZE");
        return new LoadSummary(set.Name, cycles.Count, members.Count, reportIds.Sum(a => a.Length), revisions, events, watch.Elapsed);
    }

    private static Content NewContent(TextGenerator text, Content? before, int report)
    {
        var level = Levels[text.Next(Levels.Length)];
        return new Content(
            level,
            text.Narrative(),
            before is null || text.Next(3) == 0 ? text.Short() : before.NextSteps,
            before is null || text.Next(3) == 0 ? text.Short() : before.Challenges,
            before?.Evidence ?? text.Evidence(report),
            level == Completion.NotApplicable ? "The commitment binds only G7 countries considering themselves affected." : null);
    }

    /// <summary>The changed values before and after, as the application's audit interceptor records them.</summary>
    private static (string? Before, string After) Changes(Content? before, Content after, ReviewState state, int number, string actor, DateTime at)
    {
        var was = new Dictionary<string, object?>();
        var now = new Dictionary<string, object?>();
        void Add(string name, object? old, object? value)
        {
            if (!Equals(old, value))
            {
                was[name] = old;
                now[name] = value;
            }
        }

        Add("Completion", before?.Completion.ToString(), after.Completion.ToString());
        Add("Narrative", before?.Narrative ?? "", after.Narrative);
        Add("NextSteps", before?.NextSteps ?? "", after.NextSteps);
        Add("Challenges", before?.Challenges ?? "", after.Challenges);
        Add("NotApplicableReason", before?.NotApplicableReason, after.NotApplicableReason);
        Add("State", number == 1 ? null : (object?)null, state.ToString());
        Add("LastChangedBy", null, actor);
        Add("LastChangedAt", null, new DateTimeOffset(at));
        Add("RevisionCount", number - 1, number);
        return (JsonSerializer.Serialize(was, Json), JsonSerializer.Serialize(now, Json));
    }

    private static void WriteRevision(NpgsqlBinaryImporter rows, int report, int number, RevisionAction action, ReviewState state, Content content, string actor, DateTime at)
    {
        rows.StartRow();
        rows.Write(report, NpgsqlDbType.Integer);
        rows.Write(number, NpgsqlDbType.Integer);
        rows.Write(action.ToString(), NpgsqlDbType.Varchar);
        rows.Write(state.ToString(), NpgsqlDbType.Varchar);
        rows.Write(content.Completion.ToString(), NpgsqlDbType.Varchar);
        rows.Write(content.Narrative, NpgsqlDbType.Text);
        rows.Write(content.NextSteps, NpgsqlDbType.Text);
        rows.Write(content.Challenges, NpgsqlDbType.Text);
        rows.Write(content.Evidence, NpgsqlDbType.Array | NpgsqlDbType.Text);
        WriteNullable(rows, content.NotApplicableReason, NpgsqlDbType.Text);
        rows.WriteNull();
        rows.Write(actor, NpgsqlDbType.Varchar);
        rows.Write(at, NpgsqlDbType.TimestampTz);
    }

    private static void WriteEvent(NpgsqlBinaryImporter rows, DateTime at, string actor, string entity, string key, string action, int? member, string? before, string? after)
    {
        rows.StartRow();
        rows.Write(at, NpgsqlDbType.TimestampTz);
        rows.Write(actor, NpgsqlDbType.Varchar);
        rows.Write(entity, NpgsqlDbType.Varchar);
        rows.Write(key, NpgsqlDbType.Varchar);
        rows.Write(action, NpgsqlDbType.Varchar);
        if (member is { } id)
        {
            rows.Write(id, NpgsqlDbType.Integer);
        }
        else
        {
            rows.WriteNull();
        }

        WriteNullable(rows, before, NpgsqlDbType.Jsonb);
        WriteNullable(rows, after, NpgsqlDbType.Jsonb);
    }

    private static void WriteNullable(NpgsqlBinaryImporter rows, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            rows.WriteNull();
        }
        else
        {
            rows.Write(value, type);
        }
    }

    /// <summary>The eight seeded members, plus coalition partners (codes QAA, QAB…) up to the data set's count.</summary>
    private static async Task<List<(int Id, string Code)>> MembersAsync(NpgsqlConnection connection, int count)
    {
        var existing = await IdsAsync(connection, "SELECT id, code FROM members ORDER BY sort_order");
        for (var i = existing.Count; i < count; i++)
        {
            var n = i - 8;
            var code = $"Q{(char)('A' + n / 26)}{(char)('A' + n % 26)}";
            await using var insert = new NpgsqlCommand("INSERT INTO members (code, name, sort_order) VALUES ($1, $2, $3)", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = code });
            insert.Parameters.Add(new NpgsqlParameter { Value = string.Create(CultureInfo.InvariantCulture, $"Coalition partner {n + 1}") });
            insert.Parameters.Add(new NpgsqlParameter { Value = i + 1 });
            await insert.ExecuteNonQueryAsync();
        }

        return await IdsAsync(connection, "SELECT id, code FROM members ORDER BY sort_order");
    }

    /// <summary>Half-year cycles ending with 2026-H2 (open); all earlier ones published.</summary>
    private static async Task<List<CycleRow>> CyclesAsync(NpgsqlConnection connection, int count)
    {
        var cycles = new List<CycleRow>();
        var firstHalf = 2026 * 2 + 1 - (count - 1);
        for (var i = 0; i < count; i++)
        {
            var (year, half) = Math.DivRem(firstHalf + i, 2);
            var start = new DateOnly(year, half == 0 ? 1 : 7, 1);
            var end = start.AddMonths(6).AddDays(-1);
            var deadline = end.AddMonths(1);
            var meeting = deadline.AddMonths(2);
            var code = $"{year}-H{half + 1}";
            var state = i == count - 1 ? "Open" : "Published";
            await using var insert = new NpgsqlCommand(
                "INSERT INTO reporting_cycles (code, period_start, period_end, submission_deadline, meeting_date, state) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                connection);
            foreach (var value in new object[] { code, start, end, deadline, meeting, state })
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            var id = (int)(await insert.ExecuteScalarAsync())!;
            cycles.Add(new CycleRow(i + 1, id, code, start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), deadline.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        return cycles;
    }

    /// <summary>The empty slot of every member on every commitment in every cycle; filled from the last revision at the end.</summary>
    private static async Task<List<int[,]>> ReportSlotsAsync(NpgsqlConnection connection, List<CycleRow> cycles, List<(int Id, string Code)> members, List<(int Id, string Code)> commitments)
    {
        await using (var slots = await connection.BeginBinaryImportAsync("COPY progress_reports (cycle_id, member_id, commitment_id, state, narrative, next_steps, challenges, evidence, revision_count) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var cycle in cycles)
            {
                foreach (var member in members)
                {
                    foreach (var commitment in commitments)
                    {
                        await slots.StartRowAsync();
                        await slots.WriteAsync(cycle.Id, NpgsqlDbType.Integer);
                        await slots.WriteAsync(member.Id, NpgsqlDbType.Integer);
                        await slots.WriteAsync(commitment.Id, NpgsqlDbType.Integer);
                        await slots.WriteAsync("Draft", NpgsqlDbType.Varchar);
                        await slots.WriteAsync("", NpgsqlDbType.Text);
                        await slots.WriteAsync("", NpgsqlDbType.Text);
                        await slots.WriteAsync("", NpgsqlDbType.Text);
                        await slots.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                        await slots.WriteAsync(0, NpgsqlDbType.Integer);
                    }
                }
            }

            await slots.CompleteAsync();
        }

        var ids = cycles.Select(_ => new int[members.Count, commitments.Count]).ToList();
        var cycleIndex = cycles.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var memberIndex = members.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var commitmentIndex = commitments.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        await using var read = new NpgsqlCommand("SELECT id, cycle_id, member_id, commitment_id FROM progress_reports", connection);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids[cycleIndex[reader.GetInt32(1)]][memberIndex[reader.GetInt32(2)], commitmentIndex[reader.GetInt32(3)]] = reader.GetInt32(0);
        }

        return ids;
    }

    private static async Task<List<(int Id, string Code)>> IdsAsync(NpgsqlConnection connection, string sql)
    {
        var rows = new List<(int, string)>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Content(Completion Completion, string Narrative, string NextSteps, string Challenges, List<string> Evidence, string? NotApplicableReason);

    private sealed record CycleRow(int Number, int Id, string Code, DateTime PeriodStart, DateTime Deadline);

    /// <summary>Evenly spaced moments from a cycle's start to its deadline, whole microseconds, always increasing.</summary>
    private sealed class Clock(DateTime start, DateTime end, int steps)
    {
        private readonly long _step = Math.Max(10, (end - start).Ticks / steps / 10 * 10);
        private long _ticks = start.Ticks;

        public DateTime Next() => new(_ticks += _step, DateTimeKind.Utc);
    }
}

internal sealed record LoadSummary(string DataSet, int Cycles, int Members, int Reports, long Revisions, long Events, TimeSpan Elapsed)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{DataSet}: {Cycles} cycles, {Members} members, {Reports} reports, {Revisions} revisions, {Events} audit events, loaded in {Elapsed.TotalSeconds:F1} s");
}
