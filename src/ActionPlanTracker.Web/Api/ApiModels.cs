using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Api;

/// <summary>The adopted plan: its pillars and their commitments.</summary>
/// <param name="Key">The plan's key, such as g7-smuggling-of-migrants-2024.</param>
/// <param name="Title">The plan's title as adopted.</param>
/// <param name="AdoptedBy">Who adopted it.</param>
/// <param name="AdoptedAt">Deprecated: the same text as <c>adoptedAtMeeting</c>; despite its name, not a date.</param>
/// <param name="AdoptedAtMeeting">The meeting at which the plan was adopted, with its place: text, not a date.</param>
/// <param name="Pillars">The pillars in order, each with its commitments.</param>
public sealed record ApiPlan(string Key, string Title, string AdoptedBy, string AdoptedAt, string AdoptedAtMeeting, IReadOnlyList<ApiPillar> Pillars);

public sealed record ApiPillar(int Number, string Numeral, string Title, string LeadSentence, IReadOnlyList<ApiCommitment> Commitments);

/// <summary>One commitment: code such as <c>I.1</c>, a short title for tables, and its adopted text.</summary>
public sealed record ApiCommitment(string Code, int Number, string ShortTitle, string Text);

/// <summary>A G7 member, by its ISO-style code.</summary>
public sealed record ApiMember(string Code, string Name);

/// <summary>A half-year reporting cycle, such as <c>2025-H1</c>.</summary>
public sealed record ApiCycle(string Code, CycleState State, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly SubmissionDeadline, DateOnly MeetingDate);

/// <summary>One member's report on one commitment in one cycle, as it is saved now.</summary>
public sealed record ApiReport(
    int Id,
    string Cycle,
    string Member,
    string Pillar,
    string Commitment,
    ReviewState State,
    Completion? Completion,
    string Narrative,
    string NextSteps,
    string Challenges,
    IReadOnlyList<string> Evidence,
    string? NotApplicableReason,
    DateTimeOffset? LastChangedAt,
    int Revision);

/// <summary>One page of reports; the Link header holds the first, previous, next and last pages.</summary>
public sealed record ApiReportPage(IReadOnlyList<ApiReport> Items, int Page, int PageSize, int TotalCount, int TotalPages);
