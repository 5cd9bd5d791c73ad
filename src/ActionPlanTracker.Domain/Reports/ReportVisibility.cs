using System.Linq.Expressions;

namespace ActionPlanTracker.Domain;

/// <summary>
/// Who may read a report's content: the one home of the rule, as conditions EF Core translates to SQL. Members share
/// their progress, not their drafts.
/// </summary>
public static class ReportVisibility
{
    /// <summary>
    /// On the pages and in the documents built from them: a reader of all (secretariat, administrators, auditors) sees
    /// every report; a focal point sees its own member's reports in every state and other members' approved reports.
    /// </summary>
    public static Expression<Func<ProgressReport, bool>> OnPages(bool readsAll, int? ownMemberId) =>
        r => readsAll || r.MemberId == ownMemberId || r.State == ReviewState.Approved;

    /// <summary>
    /// A report's whole record (every state, its history, its files, the review's comments): a reader of all and the
    /// report's own member, nobody else. Other members read its approved content only, through <see cref="OnPages"/>.
    /// </summary>
    public static Expression<Func<ProgressReport, bool>> WholeRecord(bool readsAll, int? ownMemberId) =>
        r => readsAll || r.MemberId == ownMemberId;

    /// <summary><see cref="WholeRecord"/> for a report already read, by its member.</summary>
    public static bool SeesWholeRecord(bool readsAll, int? ownMemberId, int memberId) => readsAll || memberId == ownMemberId;

    /// <summary>
    /// Through the API, which national systems read with a token: less than the pages, deliberately. A saved report
    /// only (an untouched slot is not a report yet), and before approval only to a focal point's token of the same
    /// member: a token can be copied into another system, so even the secretariat's and the auditors' tokens read
    /// approved reports alone, and their review work stays in the application.
    /// </summary>
    public static Expression<Func<ProgressReport, bool>> InApi(int? ownMemberId) =>
        r => r.LastChangedAt != null && (r.State == ReviewState.Approved || r.MemberId == ownMemberId);

    /// <summary>
    /// A projection that uses a visibility rule as a value (<c>(report, visible) =&gt; …</c>), with the rule written into
    /// it where <c>visible</c> stands, so one definition serves as a filter and inside projections alike.
    /// </summary>
    public static Expression<Func<ProgressReport, TResult>> Into<TResult>(
        this Expression<Func<ProgressReport, bool>> rule, Expression<Func<ProgressReport, bool, TResult>> projection)
    {
        var report = projection.Parameters[0];
        var visible = Replace.In(rule.Body, rule.Parameters[0], report);
        return Expression.Lambda<Func<ProgressReport, TResult>>(Replace.In(projection.Body, projection.Parameters[1], visible), report);
    }

    /// <summary>
    /// The rule applied to the report something belongs to (<c>rule.Through((Attachment a) =&gt; a.Report!)</c>), as a
    /// filter on that thing: EF Core reads the report through the navigation.
    /// </summary>
    public static Expression<Func<T, bool>> Through<T>(
        this Expression<Func<ProgressReport, bool>> rule, Expression<Func<T, ProgressReport>> report) =>
        Expression.Lambda<Func<T, bool>>(Replace.In(rule.Body, rule.Parameters[0], report.Body), report.Parameters[0]);

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public static Expression In(Expression body, Expression from, Expression to) =>
            new Replace(from, to).Visit(body) ?? throw new InvalidOperationException("An expression was visited into nothing.");

        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
