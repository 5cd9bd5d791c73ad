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

/// <summary>A member of the monitoring, by its ISO-style code: a G7 member or a coalition partner.</summary>
/// <param name="Code">The member's code, such as FR.</param>
/// <param name="Name">The member's name in English.</param>
/// <param name="IsG7Member">True for the G7 (the seven states and the EU); false for a coalition partner.</param>
/// <param name="FilesReports">Whether cycles opened now give the member report slots: it reports and is active. A member that stopped reporting keeps its reports.</param>
public sealed record ApiMember(string Code, string Name, bool IsG7Member, bool FilesReports);

/// <summary>A half-year reporting cycle, such as <c>2025-H1</c>.</summary>
/// <param name="Code">The cycle's name, such as 2025-H1.</param>
/// <param name="State">Planned, open, under review or published.</param>
/// <param name="PeriodStart">The first day the cycle's reports cover.</param>
/// <param name="PeriodEnd">The last day the cycle's reports cover.</param>
/// <param name="SubmissionDeadline">The day reports are due.</param>
/// <param name="MeetingDate">The Heads of Delegation meeting the cycle prepares.</param>
/// <param name="Presidency">The code of the member that held the G7 presidency in the year the cycle starts; null when none is recorded.</param>
/// <param name="Plans">The keys of the plans the cycle monitors, oldest first: its reports are on their commitments.</param>
public sealed record ApiCycle(
    string Code, CycleState State, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly SubmissionDeadline, DateOnly MeetingDate, string? Presidency,
    IReadOnlyList<string> Plans);

/// <summary>One member's report on one commitment in one cycle, as it is saved now.</summary>
/// <param name="Id">The report's id, for /reports/{id}.</param>
/// <param name="Cycle">The cycle, such as 2025-H1.</param>
/// <param name="Member">The member's code, such as FR.</param>
/// <param name="Plan">The key of the commitment's plan: a code such as I.1 is unique within its plan only.</param>
/// <param name="Pillar">The pillar's numeral within the plan, such as I.</param>
/// <param name="Commitment">The commitment's code within the plan, such as I.1.</param>
/// <param name="State">Draft, submitted, returned or approved.</param>
/// <param name="Completion">The completion level; null when none is chosen yet.</param>
/// <param name="Narrative">What was done.</param>
/// <param name="NextSteps">What comes next.</param>
/// <param name="Challenges">What stands in the way.</param>
/// <param name="Evidence">Links to public evidence.</param>
/// <param name="NotApplicableReason">Why the commitment does not apply to the member; null unless its level is not applicable.</param>
/// <param name="LastChangedAt">When the report was last saved (UTC).</param>
/// <param name="Revision">The number of the report's latest revision.</param>
public sealed record ApiReport(
    int Id,
    string Cycle,
    string Member,
    string Plan,
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
