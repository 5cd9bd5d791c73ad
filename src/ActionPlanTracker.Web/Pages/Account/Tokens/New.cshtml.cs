using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Api;
using ActionPlanTracker.Web.Pages.Reports;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Account.Tokens;

/// <summary>Creates a token: a name, what it may read, how long it lives. The secret is shown once, on the list.</summary>
public sealed class NewModel(ActionPlanDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    /// <summary>How long a token may live, in days: a year at most, so a forgotten token does not open the API for ever.</summary>
    public static readonly IReadOnlyList<int> Lifetimes = [7, 30, 90, 180, 365];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!new Validator().Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (token, prefix, hash) = TokenSecret.Create();
        var now = clock.GetUtcNow();
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            UserId = users.GetUserId(User)!,
            Name = Input.Name!,
            Prefix = prefix,
            SecretHash = hash,
            Scopes = [.. ApiScopes.All.Where(Input.Scopes.Contains)],
            CreatedAt = now,
            ExpiresAt = now.AddDays(Input.ExpiresInDays!.Value),
        });
        await db.SaveChangesAsync(cancellationToken);

        TempData[IndexModel.NewTokenKey] = token;
        TempData["Notice"] = $"The token \"{Input.Name}\" is created.";
        return RedirectToPage("./Index");
    }

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public List<string> Scopes { get; set; } = [];

        public int? ExpiresInDays { get; set; } = 90;
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Name the token after the system that will use it.")
                .MaximumLength(100).WithMessage("At most 100 characters fit in the name; this one has {TotalLength}.")
                .Must(ReportText.HasNoControlCharacters).WithMessage("There are invisible control characters in the name; remove them.");
            RuleFor(x => x.Scopes).NotEmpty().WithMessage("Choose what the token may read.")
                .Must(s => s.All(ApiScopes.All.Contains)).WithMessage("Choose among the listed permissions only.");
            RuleFor(x => x.ExpiresInDays).Must(d => d is { } days && Lifetimes.Contains(days))
                .WithMessage("Choose one of the listed lifetimes; a token lives a year at most.");
        }
    }
}
