using System.Security.Claims;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>Which notifications the signed-in user also gets by e-mail. Deadline notices always go out.</summary>
[Authorize]
public sealed class NotificationsModel(ActionPlanDbContext db, IStringLocalizer<AccountResources> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The kinds the user's roles receive; only these are shown and changed.</summary>
    public IReadOnlyList<NotificationKind> Kinds { get; private set; } = [];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Kinds = KindsFor(User);
        var optedOut = await OptOutsAsync(cancellationToken);
        Input.Receive = [.. Kinds.Where(k => !k.IsMandatory() && !optedOut.Any(o => o.Kind == k)).Select(k => k.ToString())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Kinds = KindsFor(User);
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var wanted = Input.Receive.Select(Enum.Parse<NotificationKind>).ToHashSet();
        var optedOut = await OptOutsAsync(cancellationToken);
        foreach (var kind in Kinds.Where(k => !k.IsMandatory()))
        {
            var existing = optedOut.SingleOrDefault(o => o.Kind == kind);
            if (wanted.Contains(kind) && existing is not null)
            {
                db.NotificationOptOuts.Remove(existing);
            }
            else if (!wanted.Contains(kind) && existing is null)
            {
                db.NotificationOptOuts.Add(new NotificationOptOut(UserId, kind));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = text["Notifications.Saved"].Value;
        return RedirectToPage();
    }

    public static IReadOnlyList<NotificationKind> KindsFor(ClaimsPrincipal user)
    {
        var kinds = new List<NotificationKind>();
        if (user.IsInRole(Roles.FocalPoint))
        {
            kinds.AddRange([NotificationKind.DeadlineReminder, NotificationKind.LateList, NotificationKind.ReportReturned, NotificationKind.ReportApproved]);
        }

        if (user.IsInRole(Roles.Secretariat))
        {
            kinds.AddRange([NotificationKind.LateList, NotificationKind.SubmissionDigest]);
        }

        return [.. kinds.Distinct()];
    }

    private Task<List<NotificationOptOut>> OptOutsAsync(CancellationToken cancellationToken) =>
        db.NotificationOptOuts.Where(o => o.UserId == UserId).ToListAsync(cancellationToken);

    public sealed class InputModel
    {
        /// <summary>The optional kinds the user wants by e-mail; a box left unticked is not sent at all.</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
        public List<string> Receive { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        /// <summary>A name exactly as the form sends it: no number, no other case, no mandatory kind.</summary>
        private static bool IsOptionalKind(string? name) =>
            Enum.TryParse<NotificationKind>(name, ignoreCase: false, out var kind) && name == kind.ToString() && !kind.IsMandatory();

        public Validator(IStringLocalizer<AccountResources> text)
        {
            RuleFor(x => x.Receive)
                .Must(kinds => kinds.All(IsOptionalKind))
                .WithMessage(text["Notifications.Unknown"]);
        }
    }
}
