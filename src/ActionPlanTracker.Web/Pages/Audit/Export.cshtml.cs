using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Documents;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>
/// Reports, revisions, audit events or evidence documents (their record, not their bytes) of a time range as CSV or XLSX, streamed row by row (never built in memory). The
/// export is itself recorded in the trail, with the row count and the SHA-256 of the bytes sent, so any copy that
/// circulates can be checked against it.
/// </summary>
[Authorize(Policy = Policies.ReadAll)]
[EnableRateLimiting(RateLimits.ExportsPolicy)]
public sealed partial class ExportModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<AuditResources> text) : PageModel
{
    public static readonly string[] Kinds = ["events", "revisions", "reports", "attachments"];

    /// <summary>csv or xlsx, from the address (/audit/export.csv, /audit/export.xlsx); the route admits no other.</summary>
    public string Format => RouteData.Values["format"] as string ?? "csv";

    /// <summary>Bound from the plain query names (?what=&amp;from=&amp;to=).</summary>
    [BindProperty(SupportsGet = true)]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        // No choice made yet: the form.
        if (Request.Query.Count == 0)
        {
            return Page();
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var range = new TimeRange(IndexModel.Date(Input.From), IndexModel.Date(Input.To));
        var key = $"{Input.What} {Input.From ?? "…"}..{Input.To ?? "…"}";
        var (columns, rows) = Input.What switch
        {
            "events" => (EventHeader, EventRows(range)),
            "revisions" => (RevisionHeader, RevisionRows(range)),
            "attachments" => (AttachmentHeader, AttachmentRows(range)),
            _ => (ReportHeader, ReportRows(range)),
        };
        var xlsx = Format == "xlsx";
        Response.ContentType = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName()}\"";

        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The CSV is for scripts: machine names (report_id); the workbook for people: their words ("Report", « Rapport »).
        var count = xlsx
            ? await WriteXlsxAsync([.. columns.Select(c => text[$"Heading.{c}"].Value)], [.. columns.Select(KindOf)], rows, sha256, HttpContext.RequestAborted)
            : await WriteCsvAsync([.. columns.Select(Header)], rows, sha256, HttpContext.RequestAborted);

        var after = JsonSerializer.Serialize(new { rows = count, format = Format, sha256 = Convert.ToHexStringLower(sha256.GetHashAndReset()) });
        var now = clock.GetUtcNow();
        db.AuditEvents.Add(new AuditEvent(now.AddTicks(-(now.Ticks % 10)), User.Identity!.Name!, "Export", key, AuditAction.Exported, null, null, after));
        await db.SaveChangesAsync(CancellationToken.None);
        return new EmptyResult();
    }

    private async Task<long> WriteCsvAsync(string[] header, IAsyncEnumerable<string?[]> rows, IncrementalHash sha256, CancellationToken cancellationToken)
    {
        var body = Response.Body;
        async Task WriteAsync(byte[] bytes)
        {
            sha256.AppendData(bytes);
            await body.WriteAsync(bytes, cancellationToken);
        }

        // Once bytes are sent, a fault cannot be replayed into the same response: it ends the download.
        var started = false;
        return await StreamAsync(async ct =>
        {
            started = true;

            // The byte order mark tells Excel the file is UTF-8.
            await WriteAsync(Encoding.UTF8.GetPreamble());
            await WriteAsync(Encoding.UTF8.GetBytes(Csv.Line(header)));
            long count = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                await WriteAsync(Encoding.UTF8.GetBytes(Csv.Line(row)));
                count++;
            }

            return count;
        }, () => !started, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="export"/> so that its rows stream from the database. Under the context's retrying execution
    /// strategy, EF Core reads every row of a query into memory before handing out the first (so that it could replay
    /// the query): for ten years of revisions that held the whole history in memory. A strategy that never retries
    /// turns that buffering off for the export's query; a transient fault then replays the whole export, here, while
    /// <paramref name="canReplay"/> says it can start again.
    /// </summary>
    private async Task<long> StreamAsync(Func<CancellationToken, Task<long>> export, Func<bool> canReplay, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await new SingleAttempt(db).ExecuteAsync(export, static (run, ct) => run(ct), cancellationToken);
            }
            catch (Exception e) when (attempt < 4 && canReplay() && e is NpgsqlException { IsTransient: true } or { InnerException: NpgsqlException { IsTransient: true } })
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    /// <summary>Runs an operation once, and makes EF Core stream its queries' rows instead of buffering them.</summary>
    private sealed class SingleAttempt(DbContext context) : ExecutionStrategy(context, maxRetryCount: 0, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => false;
    }

    /// <summary>
    /// A zip package cannot be streamed to the response as it is written (the writer is synchronous and seeks back
    /// to its local headers), so it goes to a temporary file, deleted on close, then is copied out while hashed.
    /// </summary>
    private async Task<long> WriteXlsxAsync(
        string[] header, ColumnKind[] kinds, IAsyncEnumerable<string?[]> rows, IncrementalHash sha256, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

        // A replay after a transient fault starts the file again.
        var count = await StreamAsync(ct =>
        {
            file.SetLength(0);
            return Xlsx.WriteAsync(file, KindName(Input.What!), header, kinds, rows, ct);
        }, () => true, cancellationToken);
        file.Position = 0;
        var buffer = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha256.AppendData(buffer, 0, read);
            await Response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return count;
    }

    /// <summary>What an export holds (events, revisions, reports, attachments) in the reader's language: the form's choices and the sheet's name.</summary>
    public string KindName(string kind) => text[$"Kind.{char.ToUpperInvariant(kind[0])}{kind[1..]}"];

    private string Header(string column) => text[$"Header.{column}"];

    private string FileName() =>
        $"actionplantracker-{Input.What}{(Input.From is null ? "" : "-from-" + Input.From)}{(Input.To is null ? "" : "-to-" + Input.To)}.{Format}";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>From the start of the first day to the end of the last, in UTC; either end may be open (null).</summary>
    private sealed record TimeRange(DateOnly? From, DateOnly? To)
    {
        public DateTimeOffset? Start => From is { } d ? new(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

        public DateTimeOffset? End => To is { } d ? new(d.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    public sealed class InputModel
    {
        /// <summary>events, revisions, reports or attachments.</summary>
        public string? What { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AuditResources> text)
        {
            RuleFor(x => x.What).Must(w => Kinds.Contains(w)).WithMessage(text["Export.WhatInvalid"]);
            RuleFor(x => x.From).Must(d => string.IsNullOrEmpty(d) || IndexModel.Date(d) is not null).WithMessage(text["Index.FromInvalid"]);
            RuleFor(x => x.To).Must(d => string.IsNullOrEmpty(d) || IndexModel.Date(d) is not null).WithMessage(text["Index.ToInvalid"]);
            RuleFor(x => x.To).Must((x, to) => !(IndexModel.Date(x.From) is { } from && IndexModel.Date(to) is { } end && end < from))
                .WithMessage(text["Index.EndBeforeStart"]);
        }
    }
}
