using System.Globalization;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ActionPlanTracker.Web.Pages.Review;

/// <summary>
/// What the review queue shows and in what order, as its address says it (<c>/review?member=FR&amp;flag=unchanged</c>):
/// the queue page, each report opened from it, and "approve and next" all read the same filter, so the reviewer's
/// choice is kept from one report to the next and "next" follows the order the queue showed.
/// </summary>
public sealed class QueueFilter
{
    public static readonly IReadOnlyList<string> States = ["submitted", "returned", "approved", "draft", "all"];

    public static readonly IReadOnlyList<int> Ages = [0, 7, 14, 30];

    public static readonly IReadOnlyList<string> Flags = ["resubmitted", "unchanged", "carried"];

    public static readonly IReadOnlyList<string> Sorts = ["oldest", "newest"];

    public string? Cycle { get; set; }

    public string? Member { get; set; }

    public string? Pillar { get; set; }

    public string? Commitment { get; set; }

    /// <summary>One of <see cref="States"/>; submitted (the queue proper) when absent.</summary>
    public string? State { get; set; }

    /// <summary>At least this many days since the last change (for a submitted report, its submission); any when absent.</summary>
    public int? Age { get; set; }

    /// <summary>Any of <see cref="Flags"/>: each one given narrows the queue to the reports that carry it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
    public List<string> Flag { get; set; } = [];

    /// <summary>One of <see cref="Sorts"/>; oldest first when absent.</summary>
    public string? Sort { get; set; }

    public string StateOrDefault => State ?? "submitted";

    public bool NewestFirst => Sort == "newest";

    /// <summary>Whether every value is one the queue knows (a member, pillar or commitment is checked against the cycle).</summary>
    public bool IsWellFormed =>
        (State is null || States.Contains(State)) && (Age is null || Ages.Contains(Age.Value))
        && Flag.All(Flags.Contains) && (Sort is null || Sorts.Contains(Sort))
        && Fits(Member, 10) && Fits(Pillar, 20) && Fits(Commitment, 20);

    /// <summary>The reports of <paramref name="cycleId"/> this filter lets through, in its order (ties by id).</summary>
    public IQueryable<ProgressReport> Apply(IQueryable<ProgressReport> reports, int cycleId, DateTimeOffset now)
    {
        reports = reports.Where(r => r.CycleId == cycleId);
        reports = StateOrDefault switch
        {
            "returned" => reports.Where(r => r.State == ReviewState.Returned),
            "approved" => reports.Where(r => r.State == ReviewState.Approved),
            "draft" => reports.Where(r => r.State == ReviewState.Draft && r.LastChangedAt != null),
            "all" => reports.Where(r => r.LastChangedAt != null),
            _ => reports.Where(r => r.State == ReviewState.Submitted),
        };
        if (Member is { } member)
        {
            reports = reports.Where(r => r.Member!.Code == member);
        }

        if (Pillar is { } pillar)
        {
            reports = reports.Where(r => r.Commitment!.Pillar!.Numeral == pillar);
        }

        if (Commitment is { } commitment)
        {
            reports = reports.Where(r => r.Commitment!.Code == commitment);
        }

        if (Age is > 0 and var days)
        {
            var before = now.AddDays(-days);
            reports = reports.Where(r => r.LastChangedAt <= before);
        }

        if (Flag.Contains("resubmitted"))
        {
            reports = reports.Where(r => r.ReturnCount > 0);
        }

        if (Flag.Contains("unchanged"))
        {
            reports = reports.Where(r => r.ReturnCount > 0 && !r.ChangedSinceReturn);
        }

        if (Flag.Contains("carried"))
        {
            reports = reports.Where(r => r.CarriedUnedited);
        }

        return NewestFirst
            ? reports.OrderByDescending(r => r.LastChangedAt).ThenByDescending(r => r.Id)
            : reports.OrderBy(r => r.LastChangedAt).ThenBy(r => r.Id);
    }

    /// <summary>The filter as the values of an address: only what differs from the plain queue, so its links stay short.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[name] = value;
            }
        }

        Put("cycle", Cycle);
        Put("member", Member);
        Put("pillar", Pillar);
        Put("commitment", Commitment);
        Put("state", State is "submitted" ? null : State);
        Put("age", Age is null or 0 ? null : Age.Value.ToString(CultureInfo.InvariantCulture));
        Put("sort", Sort is "oldest" ? null : Sort);
        return values;
    }

    /// <summary>The filter as a query string (with its leading "?" when there is one), flags included.</summary>
    public string QueryString()
    {
        var parts = RouteValues().Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}")
            .Concat(Flag.Distinct().Select(f => $"flag={Uri.EscapeDataString(f)}"))
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>
    /// The queue a report page was reached from, as it came in its address, or the plain queue when it is not one the
    /// queue knows; a filter that does not bind is dropped from <paramref name="modelState"/>, never a reason to refuse.
    /// </summary>
    public static QueueFilter Kept(QueueFilter queue, ModelStateDictionary modelState)
    {
        string[] names = ["Cycle", "Member", "Pillar", "Commitment", "State", "Age", "Flag", "Sort"];
        foreach (var key in modelState.Keys.Where(k => names.Any(n => k.StartsWith(n, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            modelState.Remove(key);
        }

        var normalised = queue.Normalised();
        return normalised.IsWellFormed ? normalised : new QueueFilter { Cycle = normalised.Cycle };
    }

    /// <summary>Trims the values and writes codes as the plan and the members do (upper case); empty means "any".</summary>
    public QueueFilter Normalised() => new()
    {
        Cycle = Clean(Cycle),
        Member = Clean(Member),
        Pillar = Clean(Pillar),
        Commitment = Clean(Commitment),
        State = string.IsNullOrWhiteSpace(State) ? null : State.Trim().ToLowerInvariant(),
        Age = Age,
        Flag = [.. Flag.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim().ToLowerInvariant()).Distinct()],
        Sort = string.IsNullOrWhiteSpace(Sort) ? null : Sort.Trim().ToLowerInvariant(),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    private static bool Fits(string? value, int length) => value is null || value.Length <= length;
}
