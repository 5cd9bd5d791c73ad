using System.Text.Json;

namespace ActionPlanTracker.Data.Seed;

/// <summary>
/// The plan as adopted, parsed once from the printed text into <c>g7-action-plan-2024.json</c> beside this
/// file, so that a reviewer can read every word the application seeds; with the members that report on it and the G7
/// presidencies from its adoption (Italy, 2024) to the year the application was first deployed.
/// </summary>
public sealed record PlanDocument(
    string Key,
    string Title,
    string AdoptedBy,
    string AdoptedAt,
    DateOnly MeetingStart,
    DateOnly MeetingEnd,
    string Source,
    IReadOnlyList<PriorityDocument> Priorities,
    IReadOnlyList<PillarDocument> Pillars,
    IReadOnlyList<MemberDocument> Members,
    IReadOnlyList<PresidencyDocument> Presidencies)
{
    private const string ResourceName = "ActionPlanTracker.Data.Seed.g7-action-plan-2024.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The plan as adopted in 2024, read once: the plan the demo and the old addresses (<c>/commitments/I.1</c>) name.</summary>
    public static PlanDocument Adopted => LazyAdopted.Value;

    private static readonly Lazy<PlanDocument> LazyAdopted = new(Load);

    public static PlanDocument Load()
    {
        using var stream = typeof(PlanDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The plan seed {ResourceName} is not embedded in the Data assembly.");
        return JsonSerializer.Deserialize<PlanDocument>(stream, Json)
            ?? throw new InvalidOperationException("The plan seed is empty.");
    }
}

public sealed record PriorityDocument(int Number, string Title, string Text);

public sealed record PillarDocument(int Number, string Numeral, string Title, string LeadSentence, IReadOnlyList<CommitmentDocument> Commitments);

public sealed record CommitmentDocument(string Code, string ShortTitle, string Text);

public sealed record MemberDocument(string Code, string Name, string? NameFr);

public sealed record PresidencyDocument(int Year, string Member);
