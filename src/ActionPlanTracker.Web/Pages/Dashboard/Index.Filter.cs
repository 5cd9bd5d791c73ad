using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>The dashboard's filters, as they come in the query string, and their rules.</summary>
public sealed partial class IndexModel
{
    /// <summary>The levels and states a filter may name, with the words the page shows for them.</summary>
    public static IReadOnlyList<(string Value, string Text)> LevelChoices(StatusWords words) =>
        [.. CompletionScale.All.Select(c => (c.ToString(), words.Level(c))), ("None", words.NoReport)];

    public static IReadOnlyList<(string Value, string Text)> StateChoices(StatusWords words) =>
        [.. Enum.GetValues<ReviewState>().Select(s => (s.ToString(), words.State(s))), ("None", words.NoReport)];

    /// <summary>Kept as typed text: a value that is not on the lists gets a message, not a binding error.</summary>
    public sealed class FilterInput
    {
        /// <summary>A pillar's numeral: I, II…</summary>
        public string? Pillar { get; set; }

        /// <summary>A member's code: FR, DE…</summary>
        public string? Member { get; set; }

        /// <summary>A completion level's name, or None for no report.</summary>
        public string? Level { get; set; }

        /// <summary>A review state's name, or None for no report.</summary>
        public string? State { get; set; }

        /// <summary>A priority's number.</summary>
        public string? Priority { get; set; }

        /// <summary>Which page of the members the filters keep (<see cref="MemberPages"/>); the first when blank.</summary>
        public string? Page { get; set; }

        /// <summary>True when a level or state filter leaves some cells out.</summary>
        public bool FiltersCells => !Blank(Level) || !Blank(State);

        /// <summary>The filters as a valid request means them (trimmed, case folded): the same key for the same board.</summary>
        public string Key => string.Join('|', Norm(Pillar), Norm(Member), Norm(Level), Norm(State), Norm(Priority));

        public bool IsEmpty => Blank(Pillar) && Blank(Member) && Blank(Priority) && !FiltersCells;

        public bool Keeps(PillarInfo pillar) => Blank(Pillar) || Same(pillar.Numeral, Pillar);

        public bool Keeps(MemberInfo member) => Blank(Member) || Same(member.Code, Member);

        public bool Keeps(CommitmentInfo commitment) =>
            Blank(Priority) || (int.TryParse(Priority, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && commitment.Priorities.Contains(number));

        /// <summary>A hidden report matches no level or state: filtering must not reveal what the reader may not see.</summary>
        public bool Keeps(ReportFacts report) =>
            (Blank(Level) || Same(report.LevelKey, Level)) && (Blank(State) || Same(report.StateKey, State));

        private static string Norm(string? value) => Blank(value) ? "" : value!.Trim().ToUpperInvariant();

        public static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

        public static bool Same(string known, string? asked) => string.Equals(known, asked?.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    public sealed class Validator : AbstractValidator<FilterInput>
    {
        public Validator(
            IReadOnlyList<PillarInfo> pillars, IReadOnlyList<MemberInfo> members, IReadOnlyList<PriorityInfo> priorities, StatusWords words,
            IStringLocalizer<DashboardResources> text)
        {
            RuleFor(x => x.Pillar).Must(p => FilterInput.Blank(p) || pillars.Any(x => FilterInput.Same(x.Numeral, p)))
                .WithMessage(text["Index.ChoosePillar"]);
            RuleFor(x => x.Member).Must(m => FilterInput.Blank(m) || members.Any(x => FilterInput.Same(x.Code, m)))
                .WithMessage(text["Index.ChooseMember"]);
            RuleFor(x => x.Level).Must(l => FilterInput.Blank(l) || LevelChoices(words).Any(c => FilterInput.Same(c.Value, l)))
                .WithMessage(text["Index.ChooseLevel"]);
            RuleFor(x => x.State).Must(s => FilterInput.Blank(s) || StateChoices(words).Any(c => FilterInput.Same(c.Value, s)))
                .WithMessage(text["Index.ChooseState"]);
            RuleFor(x => x.Page).Must((input, page) => MemberPages.TryParse(page, members.Count(input.Keeps), out _))
                .WithMessage(input => text["Index.ChoosePage", MemberPages.PageCount(members.Count(input.Keeps))]);
            RuleFor(x => x.Priority).Must(p => FilterInput.Blank(p) || priorities.Any(x => FilterInput.Same(x.Number.ToString(CultureInfo.InvariantCulture), p)))
                .WithMessage(text["Index.ChoosePriority"]);
        }
    }
}
